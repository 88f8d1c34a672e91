/** Why a booked visit could not do a task's work (issue 14, item 6). */
export const VISIT_FAILURE_REASONS = ['vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other'] as const;
export type VisitFailureReason = (typeof VISIT_FAILURE_REASONS)[number];

/** A failure as it is asked for: `note` is required for `other` (the DTO checks it). */
export interface VisitFailure {
  reason: VisitFailureReason;
  note: string | null;
}

/** A failure as the task's history records it. */
export interface RecordedVisitFailure extends VisitFailure {
  at: Date;
  actor: string;
}
