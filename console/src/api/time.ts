import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useUser } from '../auth/session';
import { api } from './client';
import { ok } from './problem';

export interface BusinessTime {
  timeZone: string;
  /** 14:30 */
  time(instant: string): string;
  /** Thu 3 Dec */
  day(instant: string): string;
  /** Thu 3 Dec, 14:30 */
  dateTime(instant: string): string;
  /** 2026-12-03: the local date of an instant, as the API's `date` parameters take it. */
  isoDate(instant: string | Date): string;
}

function businessTime(timeZone: string): BusinessTime {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    timeZone,
    time: (instant) => time.format(new Date(instant)),
    day: (instant) => day.format(new Date(instant)),
    dateTime: (instant) => dateTime.format(new Date(instant)),
    isoDate: (instant) => isoDate.format(new Date(instant)),
  };
}

/** Engineers may not read the settings: their schedule (here, of one minute) names the business time zone. */
async function engineersTimeZone(): Promise<string> {
  const engineer = await ok(api.GET('/api/v1/me/engineer'));
  const from = new Date();
  const to = new Date(from.getTime() + 60_000);
  const schedule = await ok(api.GET('/api/v1/engineers/{id}/schedule', { params: { path: { id: engineer.id }, query: { from: from.toISOString(), to: to.toISOString() } } }));
  return schedule.timezone;
}

/**
 * Times as the business reads them, in the time zone of its settings (for engineers, the one
 * their schedule answered with). Until that is known, the browser's zone.
 */
export function useBusinessTime(): BusinessTime {
  const user = useUser();
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: () => ok(api.GET('/api/v1/settings')),
    enabled: user.role !== 'engineer',
    staleTime: 5 * 60_000,
  });
  const engineerZone = useQuery({ queryKey: ['engineer-time-zone'], queryFn: engineersTimeZone, enabled: user.role === 'engineer', staleTime: Infinity });
  const timeZone = settings.data?.timezone ?? engineerZone.data ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return useMemo(() => businessTime(timeZone), [timeZone]);
}
