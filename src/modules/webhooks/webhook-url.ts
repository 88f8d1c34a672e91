import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { webhooksConfig, WebhooksConfig } from '../../config/webhooks.config';

/** Every address a host name resolves to, as `dns.lookup(host, { all: true })` answers. */
export type ResolveHost = (host: string) => Promise<string[]>;

export const resolveWithSystemDns: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export interface UrlPolicy {
  /** Development and tests: plain http and any address (receivers on localhost). */
  allowPrivate: boolean;
  resolve: ResolveHost;
}

/**
 * Whether an address is one the public internet routes to a single host: not private, loopback,
 * link-local, carrier-grade NAT, multicast, reserved or unspecified. An IPv4-mapped IPv6
 * address is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** Where a receiver URL may be called: refused, or the address to connect to (null: as the system resolves it). */
export type UrlCheck = { refusal: string } | { refusal: null; address: string | null };

/**
 * Whether a receiver URL may be called, and at which address. Outside development the URL must
 * be https and every address its host resolves to public: checked when an endpoint is saved and
 * again before each send, which then connects to the address checked (`postPinned`), so the name
 * cannot resolve elsewhere in between (DNS rebinding).
 */
export async function checkUrl(url: string, policy: UrlPolicy): Promise<UrlCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { refusal: 'url must be an absolute http or https URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { refusal: 'url must be an absolute http or https URL' };
  if (parsed.username || parsed.password) return { refusal: 'url must not carry credentials' };
  if (policy.allowPrivate) return { refusal: null, address: null };
  if (parsed.protocol !== 'https:') return { refusal: 'url must use https' };
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await policy.resolve(host);
  } catch {
    return { refusal: `url's host ${host} does not resolve` };
  }
  if (addresses.length === 0) return { refusal: `url's host ${host} does not resolve` };
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused) return { refusal: `url must not resolve to a private, loopback or link-local address (${host} is ${refused})` };
  return { refusal: null, address: addresses[0]! };
}

/** Why a receiver URL is refused, or null when it may be called. */
export async function refusalOf(url: string, policy: UrlPolicy): Promise<string | null> {
  return (await checkUrl(url, policy)).refusal;
}

/** The policy of this deployment (WEBHOOK_ALLOW_PRIVATE_URLS), resolving with the system's DNS. */
@Injectable()
export class WebhookUrlPolicy {
  private readonly policy: UrlPolicy;

  constructor(@Inject(webhooksConfig.KEY) config: WebhooksConfig) {
    this.policy = { allowPrivate: config.allowPrivateUrls, resolve: resolveWithSystemDns };
  }

  refusalOf(url: string): Promise<string | null> {
    return refusalOf(url, this.policy);
  }

  check(url: string): Promise<UrlCheck> {
    return checkUrl(url, this.policy);
  }
}
