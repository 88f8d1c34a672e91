import { ConfigType, registerAs } from '@nestjs/config';

export const appConfig = registerAs('app', () => ({
  nodeEnv: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 3000),
  /** Where clients reach this server, for links it hands out (calendar feeds); without a trailing slash. */
  publicBaseUrl: (process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ''),
  logLevel: process.env.LOG_LEVEL ?? 'info',
  seedDemoData: process.env.SEED_DEMO_DATA === 'true',
  /** After SIGTERM: how long in-flight requests may take before the process closes what is left and exits. */
  shutdownGraceMs: Number(process.env.SHUTDOWN_GRACE_MS ?? 8000),
  /** How long a dispatch board answer is reused when no change is announced; 0 builds it on every request. */
  boardCacheTtlSeconds: Number(process.env.BOARD_CACHE_TTL_SECONDS ?? 10),
}));

export type AppConfig = ConfigType<typeof appConfig>;
