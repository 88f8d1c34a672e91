import { randomBytes } from 'node:crypto';

/**
 * The app refuses to start in production without a JWT secret and answers nothing without a
 * token. The bench database is local and throwaway, so its first admin has a fixed password
 * (created by the app on the first start against an empty users table); the secret is new
 * every run. The rate limit stays as production sets it: the load arrives as many clients
 * behind one proxy (bench/lib/load.ts), which the app trusts for one hop.
 */
export const BENCH_ADMIN = { email: 'bench-admin@vision-telematics.example', password: 'bench-only-admin-password-7f3a91c2' };

export function benchAppEnvironment(): Record<string, string> {
  return {
    JWT_SECRET: randomBytes(32).toString('hex'),
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    TRUST_PROXY_HOPS: '1',
    // One sign-in per scenario, and one more for each scenario that places its own orders:
    // more than production allows one e-mail in a quarter of an hour (10), none of it load.
    LOGIN_RATE_LIMIT_MAX: '100',
  };
}

/** Signs in as the bench admin, once per scenario, so an hour-long token never runs out mid-run. */
export async function benchAuthorization(baseUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!response.ok) throw new Error(`Bench sign-in failed: HTTP ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}
