import { ConfigType, registerAs } from '@nestjs/config';

export const databaseConfig = registerAs('database', () => ({
  url: process.env.DATABASE_URL || undefined,
  path: process.env.DATABASE_PATH ?? './data/vision.sqlite',
  logging: process.env.DATABASE_LOGGING === 'true',
}));

export type DatabaseConfig = ConfigType<typeof databaseConfig>;
