/** Recorded as the actor of changes made through the HTTP API until requests are authenticated. */
export const API_ACTOR = 'api';

/** Recorded as the actor of changes made by event listeners. */
export const SYSTEM_ACTOR = 'system';
