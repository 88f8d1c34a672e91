export const ORDER_PRIORITIES = ['standard', 'urgent'] as const;
export type OrderPriority = (typeof ORDER_PRIORITIES)[number];
