import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { ProblemBanner, QueryState, TextField } from '../../components/ui';
import { WorkingHoursEditor } from './WorkingHoursEditor';

type Settings = Schemas['SettingsResponse'];
const NUMBERS = ['slotMinutes', 'minLeadHours', 'travelBufferMinutes', 'bookWithinWorkingDays', 'urgentBookWithinWorkingDays', 'averageSpeedKmh', 'roadFactor'] as const;

function SettingsForm({ settings }: { settings: Settings }) {
  const queryClient = useQueryClient();
  const [timezone, setTimezone] = useState(settings.timezone);
  const [currency, setCurrency] = useState(settings.currency);
  const [numbers, setNumbers] = useState(() => Object.fromEntries(NUMBERS.map((key) => [key, String(settings[key])])) as Record<(typeof NUMBERS)[number], string>);
  const [travelFromHome, setTravelFromHome] = useState(settings.travelFromHome);
  const [defaultWorkingHours, setDefaultWorkingHours] = useState(settings.defaultWorkingHours);
  const save = useMutation({
    mutationFn: () =>
      ok(api.PATCH('/api/v1/settings', { body: { timezone, currency, travelFromHome, defaultWorkingHours, ...Object.fromEntries(NUMBERS.map((key) => [key, Number(numbers[key])])) } })),
    onSuccess: (saved) => queryClient.setQueryData(['settings'], saved),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Business settings">
      <div className="grid">
        <TextField label="Time zone" name="timezone" value={timezone} onChange={(event) => setTimezone(event.target.value)} error={save.error} />
        <TextField label="Currency" name="currency" value={currency} onChange={(event) => setCurrency(event.target.value)} error={save.error} />
        {NUMBERS.map((key) => (
          <TextField key={key} label={key} name={key} inputMode="decimal" value={numbers[key]} onChange={(event) => setNumbers({ ...numbers, [key]: event.target.value })} error={save.error} />
        ))}
      </div>
      <label>
        <input type="checkbox" checked={travelFromHome} onChange={(event) => setTravelFromHome(event.target.checked)} /> A day’s first job leaves time to travel from home
      </label>
      <WorkingHoursEditor name="defaultWorkingHours" value={defaultWorkingHours} onChange={setDefaultWorkingHours} error={save.error} />
      <ProblemBanner error={save.error} shownFields={['timezone', 'currency', ...NUMBERS]} />
      {save.isSuccess && <p role="status">Saved.</p>}
      <button type="submit" className="primary">
        Save settings
      </button>
    </form>
  );
}

export default function Settings() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => ok(api.GET('/api/v1/settings')) });
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <QueryState query={settings} what="the settings">
        {(data) => <SettingsForm settings={data} />}
      </QueryState>
    </section>
  );
}
