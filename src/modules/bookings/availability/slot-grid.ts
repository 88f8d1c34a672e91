import { TimeSpan, WorkingHours } from '@app/common';
import { BusinessCalendar, LocalDay, SpanGrid } from './business-calendar';
import { Interval } from './interval';

/**
 * The calendar work of one search, shared by every engineer in it: the local days the window
 * touches and, per day, the grid of each working span. Engineers mostly share their hours,
 * so a span's grid is worked out once per day rather than once per engineer.
 */
export class SlotGrid {
  readonly days: readonly LocalDay[];
  /** Per day: by the very span list (engineers on the default hours share one), and by span. */
  private readonly daySpans: Map<readonly TimeSpan[], SpanGrid[]>[];
  private readonly spanGrids = new Map<string, SpanGrid>();

  constructor(
    private readonly calendar: BusinessCalendar,
    window: Interval,
    private readonly slotMinutes: number,
  ) {
    this.days = calendar.localDaysOverlapping(window);
    this.daySpans = this.days.map(() => new Map());
  }

  /** The grids of the day's working spans, in the order of the hours. */
  spansOn(dayIndex: number, hours: WorkingHours): readonly SpanGrid[] {
    const day = this.days[dayIndex]!;
    const spans = hours[day.weekday] ?? [];
    let grids = this.daySpans[dayIndex]!.get(spans);
    if (!grids) {
      grids = spans.map((span) => this.spanGrid(dayIndex, span));
      this.daySpans[dayIndex]!.set(spans, grids);
    }
    return grids;
  }

  private spanGrid(dayIndex: number, span: TimeSpan): SpanGrid {
    const key = `${dayIndex} ${span.start} ${span.end}`;
    let grid = this.spanGrids.get(key);
    if (!grid) {
      grid = this.calendar.spanGrid(this.days[dayIndex]!, span, this.slotMinutes);
      this.spanGrids.set(key, grid);
    }
    return grid;
  }

  /** The index in `days` of the day an instant falls on; -1 outside them. */
  dayIndexOf(instant: number): number {
    let low = 0;
    let high = this.days.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const day = this.days[middle]!;
      if (instant < day.start) high = middle - 1;
      else if (instant >= day.end) low = middle + 1;
      else return middle;
    }
    return -1;
  }

  /** Per day, the sum of `weight` over the intervals that start on it: jobs or booked minutes per local date. */
  totalsPerDay(intervals: readonly Interval[], weight: (interval: Interval) => number): number[] {
    const totals = this.days.map(() => 0);
    for (const interval of intervals) {
      const index = this.dayIndexOf(interval.start.getTime());
      if (index >= 0) totals[index]! += weight(interval);
    }
    return totals;
  }
}
