import { isIP } from 'node:net';
import { headers } from 'next/headers';

// Who is asking, for per-IP abuse limits. Next.js does not expose the socket address to route handlers,
// and X-Forwarded-For is whatever the client sent unless a proxy we trust wrote it. So:
// - TRUST_PROXY unset or 0: no header is believed; every request counts as the one client "direct"
//   (the per-IP limit becomes one shared budget, see lib/auth/rate-limit.ts).
// - TRUST_PROXY=1 (or N): that many proxies in front of the app append to X-Forwarded-For, so the client is
//   the N-th entry from the right. Entries further left were sent by the client and can be forged, which is
//   why the left-most entry is never used when there is more than one.

type Env = Record<string, string | undefined>;

/** How many proxies in front of the app are trusted to append to X-Forwarded-For (0 = none). */
export function trustedProxyHops(value: string | undefined): number {
  const v = value?.trim().toLowerCase();
  if (!v || v === '0' || v === 'false' || v === 'no' || v === 'off') return 0;
  if (v === 'true' || v === 'yes' || v === 'on') return 1;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : 0;
}

/** The client's address from X-Forwarded-For when `hops` proxies are trusted; null when nothing can be believed. */
export function clientIpFromForwardedFor(forwardedFor: string | null | undefined, hops: number): string | null {
  if (hops < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(',').map((e) => e.trim()).filter(Boolean);
  if (!entries.length) return null;
  // With fewer entries than trusted proxies, the left-most one was written by the first proxy.
  const entry = entries[Math.max(entries.length - hops, 0)]!;
  return normalizeIp(entry);
}

export function clientIp(requestHeaders: Headers, env: Env = process.env): string | null {
  return clientIpFromForwardedFor(requestHeaders.get('x-forwarded-for'), trustedProxyHops(env.TRUST_PROXY));
}

/** The current request's client address (see above), inside a route handler, server action or page. */
export async function requestClientIp(): Promise<string | null> {
  return clientIp(await headers());
}

/** "1.2.3.4:5678", "[2001:db8::1]:443", "::ffff:1.2.3.4" → a plain address; null when it is not an IP. */
export function normalizeIp(value: string): string | null {
  let v = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  v = v.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(v);
  if (mapped) v = mapped[1]!;
  return isIP(v) ? v : null;
}

/**
 * The rate-limit subject for an address: IPv4 as is, IPv6 by its /64 (one subscriber usually holds a
 * whole /64, so counting single IPv6 addresses would be easy to dodge), "direct" when unknown.
 */
export function ipRateLimitSubject(ip: string | null): string {
  if (!ip) return 'direct';
  if (isIP(ip) !== 6) return ip;
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  let address = ip;
  // An embedded IPv4 tail ("64:ff9b::192.0.2.1") becomes two hextets.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    address = `${address.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = address.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right].map((g) => (parseInt(g, 16) || 0).toString(16));
}
