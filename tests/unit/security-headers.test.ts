import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config';
import { config as proxyConfig, proxy } from '../../proxy';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, createNonce, requestSecurityHeaders } from '../../lib/security/headers';

// The Content-Security-Policy and the other security headers: the pure builder, the proxy that applies it
// per request, and next.config.ts, which puts the fixed headers on every response.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const production = directives(contentSecurityPolicy({ nonce: 'abc123==' }));

  it('allows scripts only with this request’s nonce (and what they load), never inline or eval', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('forbids framing, plugins, foreign form targets and base-URL tricks', () => {
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('default-src')).toEqual(["'self'"]);
  });

  it('keeps styles, images, fonts and connections on our own origin', () => {
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(production.get('font-src')).toEqual(["'self'"]);
    expect(production.get('connect-src')).toEqual(["'self'"]);
  });

  it('adds eval and WebSockets only for next dev, and upgrade-insecure-requests only on https', () => {
    const dev = directives(contentSecurityPolicy({ nonce: 'n', dev: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    expect(production.has('upgrade-insecure-requests')).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce: 'n', https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => contentSecurityPolicy({ nonce: "x'; script-src *" })).toThrow();
  });
});

describe('createNonce', () => {
  it('is base64 of a random UUID and different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('requestSecurityHeaders', () => {
  it('passes the nonce to Next in the request (x-nonce and the CSP it parses) and sends the same CSP back', () => {
    const headers = requestSecurityHeaders({ nonce: 'Zm9v', publicUrl: 'http://localhost:3000' });
    expect(headers.request['x-nonce']).toBe('Zm9v');
    expect(headers.request['content-security-policy']).toContain("'nonce-Zm9v'");
    expect(headers.response['content-security-policy']).toBe(headers.request['content-security-policy']);
    expect(headers.response['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and upgrade-insecure-requests when the public URL is https', () => {
    const headers = requestSecurityHeaders({ nonce: 'Zm9v', publicUrl: 'https://peerbridge.example.com' });
    expect(headers.response['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(headers.response['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('proxy.ts', () => {
  it('gives every page request a fresh nonce, in the request Next renders and in the response CSP', () => {
    const first = proxy(new NextRequest('http://localhost:3000/sign-in'));
    const second = proxy(new NextRequest('http://localhost:3000/sign-in'));
    const csp = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    // NextResponse.next({ request: { headers } }) forwards overridden request headers like this.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('x-middleware-override-headers')).toContain('x-nonce');
  });

  it('runs on pages and API routes but not on build assets', () => {
    const [matcher] = proxyConfig.matcher;
    const pattern = new RegExp(`^${matcher!.source}$`);
    for (const path of ['/', '/sign-in', '/o/acme/people', '/api/auth/signin/email', '/dev/outbox']) expect(pattern.test(path), path).toBe(true);
    for (const path of ['/_next/static/chunks/main.js', '/_next/image', '/favicon.ico']) expect(pattern.test(path), path).toBe(false);
  });
});

describe('static security headers (next.config.ts)', () => {
  it('sends nosniff, DENY framing, a strict referrer policy and a minimal permissions policy on every path', async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe('/:path*');
    const headers = Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(STATIC_SECURITY_HEADERS.map((h) => h.key.toLowerCase())).not.toContain('content-security-policy');
  });
});
