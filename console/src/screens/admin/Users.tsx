import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { Empty, ProblemBanner, QueryState, SelectField, TextField } from '../../components/ui';

type Role = Schemas['UserRole'];
const BLANK = { name: '', email: '', password: '', role: 'dispatcher' as Role, engineerId: '' };

function NewUser() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(BLANK);
  const engineers = useQuery({ queryKey: ['engineers', ''], queryFn: () => ok(api.GET('/api/v1/engineers', { params: { query: { limit: 100 } } })), enabled: draft.role === 'engineer' });
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/users', { body: { name: draft.name, email: draft.email, password: draft.password, role: draft.role, ...(draft.engineerId ? { engineerId: draft.engineerId } : {}) } })),
    onSuccess: () => {
      setDraft(BLANK);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="New user">
      <h2>New user</h2>
      <div className="grid">
        <TextField label="Name" name="name" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} error={create.error} />
        <TextField label="Email" name="email" type="email" value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} error={create.error} />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" value={draft.password} onChange={(event) => setDraft({ ...draft, password: event.target.value })} error={create.error} />
        <SelectField label="Role" name="role" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })} error={create.error}>
          <option value="admin">admin</option>
          <option value="dispatcher">dispatcher</option>
          <option value="engineer">engineer</option>
        </SelectField>
        {draft.role === 'engineer' && (
          <SelectField label="Acts for engineer" name="engineerId" value={draft.engineerId} onChange={(event) => setDraft({ ...draft, engineerId: event.target.value })} error={create.error}>
            <option value="">Choose…</option>
            {(engineers.data?.items ?? []).map((engineer) => (
              <option key={engineer.id} value={engineer.id}>
                {engineer.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <ProblemBanner error={create.error} shownFields={['name', 'email', 'password', 'role', 'engineerId']} />
      <button type="submit">Add user</button>
    </form>
  );
}

export default function Users() {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/api/v1/users', { params: { query: { limit: 100 } } })) });
  const deactivate = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/users/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <QueryState query={users} what="users">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No users.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Active</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => (
                  <tr key={user.id}>
                    <td>{user.name}</td>
                    <td>{user.email}</td>
                    <td>{user.role}</td>
                    <td>
                      {user.active ? (
                        <button type="button" onClick={() => deactivate.mutate(user.id)}>
                          Deactivate {user.email}
                        </button>
                      ) : (
                        'no'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <ProblemBanner error={deactivate.error} />
      <NewUser />
    </section>
  );
}
