import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { Empty, QueryState } from '../../components/ui';

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
    </section>
  );
}
