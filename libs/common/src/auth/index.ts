export * from './access.decorators';
export * from './auth.errors';
export * from './principal';
export * from './actor';
export * from './secret-token';
export * from './rate-limit.decorators';
