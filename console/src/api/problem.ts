import type { Schemas } from './client';

/** A problem+json answer (RFC 9457) with the field list every 400 carries. */
export type Problem = Schemas['ProblemDetailsResponse'];

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  /** The messages about `field` (a JSON path, e.g. `vehicles.0.registration`). */
  messagesFor(field: string): string[] {
    return (this.problem.errors ?? []).filter((error) => error.field === field).map((error) => error.message);
  }
}

/**
 * The data of an openapi-fetch answer, or a thrown ProblemError: lets TanStack Query's
 * `error` carry the problem to the form that caused it.
 */
export async function ok<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  if (error && typeof error === 'object' && 'title' in error) throw new ProblemError(error as Problem);
  throw new ProblemError({ type: 'about:blank', title: response.statusText || 'Request failed', status: response.status } as Problem);
}
