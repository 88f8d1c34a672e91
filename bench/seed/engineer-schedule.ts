import { DateTime } from 'luxon';

const ZONE = 'Europe/London';
const GRID_MINUTES = 30;
const TRAVEL_BUFFER_MINUTES = 30;

/** Working span of one weekday in minutes after local midnight; null for a day off. */
export type DaySpan = readonly [number, number] | null;

export interface ScheduledEngineer {
  id: string;
  /** Index 1 (Monday) … 7 (Sunday), as Luxon numbers weekdays. */
  spans: readonly DaySpan[];
  maxJobsPerDay: number | null;
}

export interface Placement {
  engineerId: string;
  start: Date;
  end: Date;
}

function roundUpToGrid(minutes: number): number {
  return Math.ceil(minutes / GRID_MINUTES) * GRID_MINUTES;
}

/**
 * Books the engineers of one postcode area day by day, the way dispatchers fill an agenda:
 * each job starts on the 30-minute grid inside the engineer's working hours, jobs keep the
 * travel buffer between them, and daily limits hold, so the data never breaks a rule the
 * Bookings module checks. Orders arrive in time order, so the day only moves forward.
 */
export class AreaSchedule {
  private day: DateTime;
  private cursors: number[] = [];
  private jobs: number[] = [];
  private next = 0;

  constructor(private readonly engineers: readonly ScheduledEngineer[], firstDay: Date) {
    this.day = DateTime.fromJSDate(firstDay, { zone: ZONE }).startOf('day');
    this.resetDay();
  }

  /** The first slot on a day after `earliest` (in local dates) that fits, or null after 60 days without room. */
  place(earliest: Date, minutes: number): Placement | null {
    if (this.engineers.length === 0) return null;
    const earliestDay = DateTime.fromJSDate(earliest, { zone: ZONE }).startOf('day').plus({ days: 1 });
    if (earliestDay > this.day) {
      this.day = earliestDay;
      this.resetDay();
    }
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const placement = this.placeToday(minutes);
      if (placement) return placement;
      this.day = this.day.plus({ days: 1 });
      this.resetDay();
    }
    return null;
  }

  private placeToday(minutes: number): Placement | null {
    const weekday = this.day.weekday;
    for (let tried = 0; tried < this.engineers.length; tried += 1) {
      const index = (this.next + tried) % this.engineers.length;
      const engineer = this.engineers[index]!;
      const span = engineer.spans[weekday - 1];
      if (!span) continue;
      if (engineer.maxJobsPerDay !== null && this.jobs[index]! >= engineer.maxJobsPerDay) continue;
      const startMinute = Math.max(this.cursors[index]!, roundUpToGrid(span[0]));
      if (startMinute + minutes > span[1]) continue;
      this.cursors[index] = roundUpToGrid(startMinute + minutes + TRAVEL_BUFFER_MINUTES);
      this.jobs[index]! += 1;
      this.next = (index + 1) % this.engineers.length;
      // set() keeps the wall-clock time on the days the clocks change; plus() would not.
      const start = this.day.set({ hour: Math.floor(startMinute / 60), minute: startMinute % 60 });
      return { engineerId: engineer.id, start: start.toJSDate(), end: start.plus({ minutes }).toJSDate() };
    }
    return null;
  }

  private resetDay(): void {
    this.cursors = this.engineers.map(() => 0);
    this.jobs = this.engineers.map(() => 0);
  }
}
