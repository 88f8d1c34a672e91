import http from 'node:http';
import https from 'node:https';
import { LookupFunction, isIP } from 'node:net';

export interface PinnedPost {
  url: URL;
  /** The address the URL's host was checked to resolve to; null to let the system resolve it (development). */
  address: string | null;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/** Answers every lookup of the connection with the one address, in the shape the caller asked for. */
function lookupAlways(address: string): LookupFunction {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/**
 * POSTs `body` and answers the response's status. With an `address`, the connection goes to it
 * whatever the host name resolves to by then, so a name that passed the check cannot be made to
 * resolve to a private address between the check and the request (DNS rebinding); TLS still
 * verifies the certificate against the URL's host name. Redirects are answers, never followed.
 */
export function postPinned({ url, address, headers, body, signal }: PinnedPost): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal,
        // A connection of its own: a pooled one may have been opened to the address of an earlier check.
        agent: false,
        ...(address ? { lookup: lookupAlways(address) } : {}),
      },
      (response) => {
        // The answer's body is not wanted: read to its end so the socket is released.
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}
