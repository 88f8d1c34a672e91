export * from './access.decorators';
export * from './auth.errors';
export * from './principal';
export * from './actor';
