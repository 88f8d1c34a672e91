/** A half-open stretch of time [start, end). */
export interface Interval {
  readonly start: Date;
  readonly end: Date;
}

export const MINUTE_MS = 60_000;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whole minutes between two intervals that do not overlap; negative when they do. */
export function gapMinutes(a: Interval, b: Interval): number {
  const gapMs = Math.max(b.start.getTime() - a.end.getTime(), a.start.getTime() - b.end.getTime());
  return gapMs / MINUTE_MS;
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

export function durationMinutes(interval: Interval): number {
  return (interval.end.getTime() - interval.start.getTime()) / MINUTE_MS;
}

/** An interval in epoch milliseconds: what the slot search compares, thousands of times per request. */
export interface EpochInterval {
  readonly start: number;
  readonly end: number;
}
