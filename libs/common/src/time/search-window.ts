import { ValidationFailedError } from '../errors/domain-error';

/** A [from, to) query window, from ISO instants already validated for format; 400 when empty or too long. */
export function searchWindow(from: string, to: string, maxDays: number): { start: Date; end: Date } {
  const window = { start: new Date(from), end: new Date(to) };
  if (window.end <= window.start) {
    throw new ValidationFailedError([{ field: 'to', message: 'to must be after from' }]);
  }
  if (window.end.getTime() - window.start.getTime() > maxDays * 24 * 3_600_000) {
    throw new ValidationFailedError([{ field: 'to', message: `the window from..to may span at most ${maxDays} days` }]);
  }
  return window;
}
