import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../components/ui';

/** The filters the board and the queue share, kept in the address so a filtered view can be linked. */
export function useDispatchFilters() {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) ?? '';
  const set = (key: string, next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(key, next);
        else updated.delete(key);
        return updated;
      },
      { replace: true },
    );
  const query = <K extends string>(...keys: K[]) => Object.fromEntries(keys.filter((key) => value(key)).map((key) => [key, value(key)])) as Partial<Record<K, string>>;
  return { value, set, query };
}

/** Area, skill and (for the queue) priority; a refused value shows its error beside it. */
export function DispatchFilters({ error, withPriority = false }: { error: unknown; withPriority?: boolean }) {
  const filters = useDispatchFilters();
  return (
    <div className="toolbar filters" role="group" aria-label="Filters">
      <TextField label="Area or district" name="area" placeholder="LS or LS12" value={filters.value('area')} onChange={(event) => filters.set('area', event.target.value.trim())} error={error} />
      <TextField label="Skill" name="skill" placeholder="dashcam" value={filters.value('skill')} onChange={(event) => filters.set('skill', event.target.value.trim())} error={error} />
      {withPriority && (
        <SelectField label="Priority" name="priority" value={filters.value('priority')} onChange={(event) => filters.set('priority', event.target.value)} error={error}>
          <option value="">any</option>
          <option value="urgent">urgent</option>
          <option value="standard">standard</option>
        </SelectField>
      )}
    </div>
  );
}
