/** Recorded as the actor of changes made by event listeners. */
export const SYSTEM_ACTOR = 'system';
