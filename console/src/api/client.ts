import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
type TokenPair = Schemas['TokenPairResponse'];

/** Refresh this long before the access token expires, so no request goes out with a dead one. */
const REFRESH_MARGIN_MS = 30_000;
/** Survives a reload of the tab, not the tab: the access token itself lives only in memory. */
const REFRESH_STORAGE_KEY = 'vt-console.refresh-token';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

let tokens: Tokens | undefined;
let refreshing: Promise<boolean> | undefined;
const signedOutListeners = new Set<() => void>();

function store(pair: TokenPair): void {
  tokens = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: Date.now() + pair.expiresIn * 1000 };
  sessionStorage.setItem(REFRESH_STORAGE_KEY, pair.refreshToken);
}

export function forgetTokens(): void {
  tokens = undefined;
  sessionStorage.removeItem(REFRESH_STORAGE_KEY);
}

/** Called when the session ends without the user asking (refresh token refused). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** Sends no credentials: signing in and refreshing need none, and must not loop through the refresh below. */
const anonymous = createClient<paths>({ baseUrl: '' });

/** One refresh at a time: the API rotates refresh tokens, and a second use of the old one would end the session. */
function refresh(): Promise<boolean> {
  const refreshToken = tokens?.refreshToken ?? sessionStorage.getItem(REFRESH_STORAGE_KEY);
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const { data, response } = await anonymous.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (!data) {
        // Refused (expired, revoked, reused): the session is over. A server error may pass: keep it.
        if (response.status < 500) {
          forgetTokens();
          signedOutListeners.forEach((listener) => listener());
        }
        return false;
      }
      store(data);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** Resumes a session after a reload, from the refresh token kept for the tab. */
export function resumeSession(): Promise<boolean> {
  return refresh();
}

export function signedIn(pair: TokenPair): void {
  store(pair);
}

export function currentRefreshToken(): string | undefined {
  return tokens?.refreshToken;
}

/**
 * Every request carries the access token; one about to expire is refreshed first, and a 401
 * (revoked, clock skew) is refreshed and sent once more, so the user never notices.
 */
async function authenticatedFetch(request: Request): Promise<Response> {
  if (tokens && tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) await refresh();
  const retry = request.clone();
  const send = (outgoing: Request) => {
    if (tokens) outgoing.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
    return fetch(outgoing);
  };
  const response = await send(request);
  if (response.status !== 401 || !tokens) return response;
  return (await refresh()) ? send(retry) : response;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch });
