import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, ProblemBanner, QueryState, TextField } from '../../components/ui';
import { commaList } from './comma-list';
import { WorkingHoursEditor, type WorkingHours } from './WorkingHoursEditor';

type Engineer = Schemas['EngineerResponse'];

function EngineerForm({ engineer }: { engineer: Engineer }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(engineer.name);
  const [skills, setSkills] = useState(engineer.skills.join(', '));
  const [areas, setAreas] = useState(engineer.areas.join(', '));
  const [maxJobsPerDay, setMaxJobsPerDay] = useState(engineer.maxJobsPerDay === null || engineer.maxJobsPerDay === undefined ? '' : String(engineer.maxJobsPerDay));
  const [workingHours, setWorkingHours] = useState<WorkingHours>(engineer.workingHours ?? {});
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PATCH('/api/v1/engineers/{id}', {
          params: { path: { id: engineer.id } },
          body: { name, skills: commaList(skills), areas: commaList(areas), workingHours, ...(maxJobsPerDay ? { maxJobsPerDay: Number(maxJobsPerDay) } : {}) },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['engineer', engineer.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['engineers'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  const dayFields = Object.entries(workingHours).flatMap(([day, spans]) => (spans ?? []).flatMap((_, index) => [`workingHours.${day}.${index}.start`, `workingHours.${day}.${index}.end`]));
  return (
    <form onSubmit={submit} noValidate aria-label="Engineer details">
      <div className="grid">
        <TextField label="Name" name="name" value={name} onChange={(event) => setName(event.target.value)} error={save.error} />
        <TextField label="Skills (comma separated)" name="skills" value={skills} onChange={(event) => setSkills(event.target.value)} error={save.error} />
        <TextField label="Areas (postcode districts, comma separated)" name="areas" value={areas} onChange={(event) => setAreas(event.target.value)} error={save.error} />
        <TextField label="Most jobs a day" name="maxJobsPerDay" inputMode="numeric" value={maxJobsPerDay} onChange={(event) => setMaxJobsPerDay(event.target.value)} error={save.error} />
      </div>
      <WorkingHoursEditor value={workingHours} onChange={setWorkingHours} error={save.error} />
      <ProblemBanner error={save.error} shownFields={['name', 'skills', 'areas', 'maxJobsPerDay', ...dayFields]} />
      {save.isSuccess && !save.isPending && <p role="status">Saved.</p>}
      <button type="submit" className="primary" disabled={save.isPending}>
        Save engineer
      </button>
    </form>
  );
}

function TimeOff({ engineerId }: { engineerId: string }) {
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const timeOff = useQuery({ queryKey: ['time-off', engineerId], queryFn: () => ok(api.GET('/api/v1/engineers/{id}/time-off', { params: { path: { id: engineerId } } })) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['time-off', engineerId] });
  // datetime-local is the browser's zone; the instant sent is that moment, shown back in the business zone.
  const add = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/engineers/{id}/time-off', {
          params: { path: { id: engineerId } },
          body: { start: start ? new Date(start).toISOString() : '', end: end ? new Date(end).toISOString() : '', ...(reason ? { reason } : {}) },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (timeOffId: string) => ok(api.DELETE('/api/v1/engineers/{id}/time-off/{timeOffId}', { params: { path: { id: engineerId, timeOffId } } })),
    onSuccess: refresh,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }
  return (
    <section aria-labelledby="time-off-title">
      <h2 id="time-off-title">Time off</h2>
      <QueryState query={timeOff} what="time off">
        {(entries) =>
          entries.length === 0 ? (
            <Empty>No time off.</Empty>
          ) : (
            <ul>
              {entries.map((entry) => (
                <li key={entry.id}>
                  {time.dateTime(entry.start)} – {time.dateTime(entry.end)} {entry.reason}{' '}
                  <button type="button" onClick={() => remove.mutate(entry.id)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <form onSubmit={submit} noValidate aria-label="Add time off">
        <div className="grid">
          <TextField label="From" name="start" type="datetime-local" value={start} onChange={(event) => setStart(event.target.value)} error={add.error} />
          <TextField label="Until" name="end" type="datetime-local" value={end} onChange={(event) => setEnd(event.target.value)} error={add.error} />
          <TextField label="Reason" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} error={add.error} />
        </div>
        <ProblemBanner error={add.error} shownFields={['start', 'end', 'reason']} />
        <button type="submit">Add time off</button>
      </form>
    </section>
  );
}

export default function EngineerPage() {
  const { id = '' } = useParams();
  const engineer = useQuery({ queryKey: ['engineer', id], queryFn: () => ok(api.GET('/api/v1/engineers/{id}', { params: { path: { id } } })) });
  return (
    <QueryState query={engineer} what="the engineer">
      {(data) => (
        <section aria-labelledby="engineer-title">
          <h1 id="engineer-title">{data.name}</h1>
          <p>
            {data.email} · {data.phone} · {data.active ? 'active' : 'inactive'}
          </p>
          <EngineerForm key={data.id} engineer={data} />
          <TimeOff engineerId={data.id} />
        </section>
      )}
    </QueryState>
  );
}
