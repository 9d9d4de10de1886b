import { describe, expect, it } from 'vitest';
import { MAGIC_LINK_LIMITS, consumeRateLimit, deleteExpiredRateLimitBuckets, limitMagicLinkRequest, windowStartFor } from '../../lib/auth/rate-limit';
import { systemDb } from '../../lib/db/system';

// Fixed-window rate limits in Postgres (RateLimitBucket). Each test uses its own keys; times are fixed, so
// windows do not depend on when the test runs.

const RULE = { limit: 3, windowSeconds: 60 };
const T0 = new Date('2026-03-02T10:00:05Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('consumeRateLimit', () => {
  it('allows `limit` hits in a window and refuses the next one, saying when the window ends', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit('test:limit', RULE, later(i)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4]);
    // The window is 10:00:00–10:01:00; the fourth hit came at 10:00:08.
    expect(results[3]!.resetAt.toISOString()).toBe('2026-03-02T10:01:00.000Z');
    expect(results[3]!.retryAfterSeconds).toBe(52);
  });

  it('counts keys independently', async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimit('test:a', RULE, T0);
    expect((await consumeRateLimit('test:a', RULE, T0)).allowed).toBe(false);
    expect((await consumeRateLimit('test:b', RULE, T0)).allowed).toBe(true);
  });

  it('starts afresh in the next window', async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit('test:window', RULE, T0);
    expect((await consumeRateLimit('test:window', RULE, later(54))).allowed).toBe(false);
    const next = await consumeRateLimit('test:window', RULE, later(55));
    expect(next).toMatchObject({ allowed: true, count: 1 });
    expect(windowStartFor(later(55), 60).toISOString()).toBe('2026-03-02T10:01:00.000Z');
  });

  it('counts every one of many concurrent hits exactly once (one atomic upsert each)', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit('test:concurrent', { limit: 10, windowSeconds: 60 }, T0)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const row = await systemDb().rateLimitBucket.findFirstOrThrow({ where: { key: 'test:concurrent' } });
    expect(row.count).toBe(25);
  });

  it('cleans up windows older than a day and keeps recent ones', async () => {
    await consumeRateLimit('test:old', RULE, new Date('2026-02-27T09:00:00Z'));
    await consumeRateLimit('test:recent', RULE, new Date('2026-03-02T09:00:00Z'));
    // (The occasional cleanup inside consumeRateLimit may have got there first; the result is the same.)
    await deleteExpiredRateLimitBuckets(T0);
    const keys = (await systemDb().rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key);
    expect(keys).not.toContain('test:old');
    expect(keys).toContain('test:recent');
  });
});

describe('limitMagicLinkRequest', () => {
  it('refuses the sixth link for one address within 15 minutes, whatever the client', async () => {
    const email = 'limit.me@example.com';
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await limitMagicLinkRequest({ email, ip: `198.51.100.${i + 1}` }, later(i)));
    expect(verdicts.slice(0, 5).every((v) => v.allowed)).toBe(true);
    expect(verdicts[5]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect(MAGIC_LINK_LIMITS.perEmail.limit).toBe(5);
    // Another address is not affected.
    expect((await limitMagicLinkRequest({ email: 'someone.else@example.com', ip: '198.51.100.1' }, later(6))).allowed).toBe(true);
  });

  it('refuses a client after 20 links to different addresses, and another client is not affected', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < MAGIC_LINK_LIMITS.perIp.limit; i++) {
      expect((await limitMagicLinkRequest({ email: `person${i}@example.com`, ip }, T0)).allowed).toBe(true);
    }
    const refused = await limitMagicLinkRequest({ email: 'one.more@example.com', ip }, T0);
    expect(refused.allowed).toBe(false);
    expect((await limitMagicLinkRequest({ email: 'one.more@example.com', ip: '203.0.113.51' }, T0)).allowed).toBe(true);
  });

  it('counts an IPv6 client by its /64', async () => {
    for (let i = 0; i < MAGIC_LINK_LIMITS.perIp.limit; i++) await limitMagicLinkRequest({ email: `v6-${i}@example.com`, ip: `2001:db8:5:6::${i + 1}` }, T0);
    expect((await limitMagicLinkRequest({ email: 'v6-next@example.com', ip: '2001:db8:5:6:ffff::1' }, T0)).allowed).toBe(false);
    expect((await limitMagicLinkRequest({ email: 'v6-next@example.com', ip: '2001:db8:5:7::1' }, T0)).allowed).toBe(true);
  });

  it('gives unknown clients (no trusted proxy) one shared, larger budget', async () => {
    const at = new Date('2026-03-03T08:00:00Z');
    for (let i = 0; i < MAGIC_LINK_LIMITS.unknownClient.limit; i++) {
      expect((await limitMagicLinkRequest({ email: `shared${i}@example.com`, ip: null }, at)).allowed, `request ${i + 1}`).toBe(true);
    }
    expect((await limitMagicLinkRequest({ email: 'shared-last@example.com', ip: null }, at)).allowed).toBe(false);
  });

  it('stores no readable email address or IP in its keys', async () => {
    await limitMagicLinkRequest({ email: 'private.person@example.com', ip: '192.0.2.44' }, T0);
    const keys = (await systemDb().rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key).join(' ');
    expect(keys).not.toContain('private.person');
    expect(keys).not.toContain('192.0.2.44');
  });
});
