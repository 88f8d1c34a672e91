import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, ProblemBanner, QueryState, TextField } from '../../components/ui';

export default function ApiKeys() {
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => ok(api.GET('/api/v1/api-keys')) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  const create = useMutation({ mutationFn: () => ok(api.POST('/api/v1/api-keys', { body: { name } })), onSuccess: refresh });
  const revoke = useMutation({ mutationFn: (id: string) => ok(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })), onSuccess: refresh });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title">API keys</h1>
      <QueryState query={keys} what="API keys">
        {(data) =>
          data.length === 0 ? (
            <Empty>No API keys.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Prefix</th>
                  <th scope="col">Created</th>
                  <th scope="col">Revoked</th>
                </tr>
              </thead>
              <tbody>
                {data.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>
                      <code>{key.prefix}</code>
                    </td>
                    <td>{time.dateTime(key.createdAt)}</td>
                    <td>
                      {key.revokedAt ? (
                        time.dateTime(key.revokedAt)
                      ) : (
                        <button type="button" onClick={() => revoke.mutate(key.id)}>
                          Revoke {key.name}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <form onSubmit={submit} noValidate aria-label="New API key">
        <TextField label="Name of the new key" name="name" value={name} onChange={(event) => setName(event.target.value)} error={create.error} />
        <ProblemBanner error={create.error ?? revoke.error} shownFields={['name']} />
        <button type="submit">Create key</button>
      </form>
      {create.data && (
        <p role="status">
          The new key, shown only now: <code>{create.data.key}</code>
        </p>
      )}
    </section>
  );
}
