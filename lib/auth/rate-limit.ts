import { createHash } from 'node:crypto';
import { deleteRateLimitBucketsBefore, incrementRateLimitBucket } from '../db/system';
import { ipRateLimitSubject } from './client-ip';

// Fixed-window counters in Postgres (RateLimitBucket), so a limit holds across app replicas: each hit is
// one atomic INSERT … ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count.

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  limit: number;
  resetAt: Date;
  retryAfterSeconds: number;
}

/**
 * Magic-link requests. Every request counts against its email address and its client; over either limit,
 * no link is sent and the form says when to try again (the same for known and unknown addresses).
 */
export const MAGIC_LINK_LIMITS = {
  /** Per email address: enough for a few retries, too few to flood someone's inbox. */
  perEmail: { limit: 5, windowSeconds: 15 * 60 },
  /** Per client IP (IPv6 per /64) when TRUST_PROXY says whose X-Forwarded-For to believe. */
  perIp: { limit: 20, windowSeconds: 15 * 60 },
  /** Without TRUST_PROXY the app cannot tell clients apart: all of them share this one budget. */
  unknownClient: { limit: 100, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** Buckets older than this are deleted now and then; it must exceed the longest window above. */
export const RATE_LIMIT_RETENTION_SECONDS = 24 * 60 * 60;
const CLEANUP_CHANCE = 0.05;

export function windowStartFor(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Counts one hit for `key` and says whether it is within the rule. */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const windowStart = windowStartFor(now, rule.windowSeconds);
  const count = await incrementRateLimitBucket(key, windowStart);
  // Cheap and occasional: only when a hit opened a new window, and then only sometimes.
  if (count === 1 && Math.random() < CLEANUP_CHANCE) await deleteExpiredRateLimitBuckets(now);
  const resetAt = new Date(windowStart.getTime() + rule.windowSeconds * 1000);
  return {
    allowed: count <= rule.limit,
    count,
    limit: rule.limit,
    resetAt,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  };
}

export async function deleteExpiredRateLimitBuckets(now: Date = new Date()): Promise<number> {
  return deleteRateLimitBucketsBefore(new Date(now.getTime() - RATE_LIMIT_RETENTION_SECONDS * 1000));
}

export type MagicLinkVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One magic-link request from `ip` (null: unknown, see lib/auth/client-ip.ts) for an already normalized email. */
export async function limitMagicLinkRequest(request: { email: string; ip: string | null }, now: Date = new Date()): Promise<MagicLinkVerdict> {
  const clientRule = request.ip ? MAGIC_LINK_LIMITS.perIp : MAGIC_LINK_LIMITS.unknownClient;
  const results = await Promise.all([
    consumeRateLimit(`magic-link:email:${digest(request.email)}`, MAGIC_LINK_LIMITS.perEmail, now),
    consumeRateLimit(`magic-link:ip:${digest(ipRateLimitSubject(request.ip))}`, clientRule, now),
  ]);
  const refused = results.filter((r) => !r.allowed);
  if (!refused.length) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) };
}

/** Keys hold no readable email or IP address. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
