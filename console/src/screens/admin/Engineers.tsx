import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { Empty, ProblemBanner, QueryState, TextField } from '../../components/ui';
import { commaList } from './comma-list';

const BLANK = { name: '', email: '', phone: '', skills: '', areas: '' };

/** A new engineer works the settings' default hours until an admin gives them their own. */
function NewEngineer() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(BLANK);
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/engineers', { body: { name: draft.name, email: draft.email, phone: draft.phone, skills: commaList(draft.skills), areas: commaList(draft.areas) } })),
    onSuccess: (engineer) => {
      void queryClient.invalidateQueries({ queryKey: ['engineers'] });
      void navigate(`/admin/engineers/${engineer.id}`);
    },
  });
  const text = (key: keyof typeof BLANK, label: string, type = 'text') => (
    <TextField label={label} name={key} type={type} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} error={create.error} />
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="New engineer">
      <h2>New engineer</h2>
      <div className="grid">
        {text('name', 'Name')}
        {text('email', 'Email', 'email')}
        {text('phone', 'Phone', 'tel')}
        {text('skills', 'Skills (comma separated)')}
        {text('areas', 'Areas (postcode districts, comma separated)')}
      </div>
      <ProblemBanner error={create.error} shownFields={Object.keys(BLANK)} />
      <button type="submit">Add engineer</button>
    </form>
  );
}

export default function Engineers() {
  const id = useId();
  const [q, setQ] = useState('');
  const engineers = useQuery({
    queryKey: ['engineers', q],
    queryFn: () => ok(api.GET('/api/v1/engineers', { params: { query: { limit: 100, ...(q.trim() ? { q: q.trim() } : {}) } } })),
  });
  return (
    <section aria-labelledby="engineers-title">
      <h1 id="engineers-title">Engineers</h1>
      <div className="field">
        <label htmlFor={id}>Find an engineer</label>
        <input id={id} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      <QueryState query={engineers} what="engineers">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No engineers.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Skills</th>
                  <th scope="col">Areas</th>
                  <th scope="col">Active</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((engineer) => (
                  <tr key={engineer.id}>
                    <td>
                      <Link to={`/admin/engineers/${engineer.id}`}>{engineer.name}</Link>
                    </td>
                    <td>{engineer.skills.join(', ')}</td>
                    <td>{engineer.areas.join(', ')}</td>
                    <td>{engineer.active ? 'yes' : 'no'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <NewEngineer />
    </section>
  );
}
