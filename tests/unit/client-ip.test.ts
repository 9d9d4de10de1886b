import { describe, expect, it } from 'vitest';
import { clientIp, clientIpFromForwardedFor, ipRateLimitSubject, normalizeIp, trustedProxyHops } from '../../lib/auth/client-ip';

// Whose address a request is, for per-IP limits: X-Forwarded-For counts only behind a trusted proxy.

const request = (forwardedFor?: string) => new Headers(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {});

describe('TRUST_PROXY off (the default)', () => {
  it('ignores X-Forwarded-For entirely: anyone can send it', () => {
    for (const env of [{}, { TRUST_PROXY: '' }, { TRUST_PROXY: '0' }, { TRUST_PROXY: 'false' }, { TRUST_PROXY: 'nonsense' }]) {
      expect(clientIp(request('203.0.113.7'), env)).toBeNull();
      expect(clientIp(request('198.51.100.1, 203.0.113.7'), env)).toBeNull();
    }
  });

  it('puts every client in the one shared "direct" bucket', () => {
    expect(ipRateLimitSubject(clientIp(request('203.0.113.7'), {}))).toBe('direct');
  });
});

describe('TRUST_PROXY=1', () => {
  const env = { TRUST_PROXY: '1' };

  it('believes the address our proxy appended (the right-most entry)', () => {
    expect(clientIp(request('203.0.113.7'), env)).toBe('203.0.113.7');
    // The client sent "6.6.6.6" itself; the proxy appended the address it really saw.
    expect(clientIp(request('6.6.6.6, 203.0.113.7'), env)).toBe('203.0.113.7');
  });

  it('reads "true" as one proxy, and a number as that many', () => {
    expect(trustedProxyHops('true')).toBe(1);
    expect(trustedProxyHops('2')).toBe(2);
    expect(clientIp(request('6.6.6.6, 203.0.113.7, 10.0.0.2'), { TRUST_PROXY: '2' })).toBe('203.0.113.7');
    // Fewer entries than proxies: the first proxy wrote the left-most one.
    expect(clientIpFromForwardedFor('203.0.113.7', 3)).toBe('203.0.113.7');
  });

  it('gives null for a missing or garbled header', () => {
    expect(clientIp(request(), env)).toBeNull();
    expect(clientIp(request(' , '), env)).toBeNull();
    expect(clientIp(request('not-an-ip'), env)).toBeNull();
  });
});

describe('normalizeIp', () => {
  it('strips ports and brackets and unwraps IPv4-mapped IPv6', () => {
    expect(normalizeIp('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normalizeIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeIp('203.0.113.300')).toBeNull();
  });
});

describe('ipRateLimitSubject', () => {
  it('counts IPv4 per address and IPv6 per /64', () => {
    expect(ipRateLimitSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(ipRateLimitSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(ipRateLimitSubject('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(ipRateLimitSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipRateLimitSubject('::1')).toBe('0:0:0:0::/64');
    expect(ipRateLimitSubject(null)).toBe('direct');
  });
});
