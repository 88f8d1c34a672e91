import type { Schemas } from '../../api/client';
import { TextField } from '../../components/ui';

export type WorkingHours = Schemas['WorkingHoursDto'];
type Weekday = keyof WorkingHours;

const WEEKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A week of working spans (local times), each day with none, one or several. */
export function WorkingHoursEditor({ value, onChange, error, name = 'workingHours' }: { value: WorkingHours; onChange(next: WorkingHours): void; error: unknown; name?: string }) {
  const spans = (day: Weekday) => value[day] ?? [];
  const setSpans = (day: Weekday, next: Schemas['TimeSpanDto'][]) => onChange({ ...value, [day]: next });
  return (
    <fieldset className="working-hours">
      <legend>Working hours</legend>
      {WEEKDAYS.map((day) => (
        <div key={day} className="weekday" role="group" aria-label={day}>
          <strong className="weekday-name">{day}</strong>
          {spans(day).length === 0 && <span className="hint">not working</span>}
          {spans(day).map((span, index) => (
            <span key={index} className="span">
              <TextField label={`${day} span ${index + 1} start`} name={`${name}.${day}.${index}.start`} type="time" value={span.start} onChange={(event) => setSpans(day, spans(day).map((s, at) => (at === index ? { ...s, start: event.target.value } : s)))} error={error} />
              <TextField label={`${day} span ${index + 1} end`} name={`${name}.${day}.${index}.end`} type="time" value={span.end} onChange={(event) => setSpans(day, spans(day).map((s, at) => (at === index ? { ...s, end: event.target.value } : s)))} error={error} />
              <button type="button" onClick={() => setSpans(day, spans(day).filter((_, at) => at !== index))} aria-label={`Remove ${day} span ${index + 1}`}>
                Remove
              </button>
            </span>
          ))}
          <button type="button" onClick={() => setSpans(day, [...spans(day), { start: '09:00', end: '17:00' }])} aria-label={`Add a ${day} span`}>
            Add span
          </button>
        </div>
      ))}
    </fieldset>
  );
}
