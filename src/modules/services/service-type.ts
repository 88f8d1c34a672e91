/** Kinds of work a service stands for; installations are the only kind sold so far. */
export const SERVICE_TYPES = ['installation'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
