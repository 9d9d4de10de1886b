import NextAuth from 'next-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRedirect, safeCallbackPath } from '../../lib/auth/callback-url';
import { emailAddressSchema, normalizeEmail, normalizeEmailIdentifier } from '../../lib/auth/email-address';
import { magicLinkEmail } from '../../lib/auth/magic-link-email';
import { checkOidcClaims, readOidcConfig } from '../../lib/auth/oidc-config';
import { listDevOutbox } from '../../lib/auth/dev-outbox';
import { authOptions } from '../../lib/auth/options';
import { signInErrorCode, signInErrorMessage, tooManyAttempts } from '../../lib/auth/sign-in-errors';

// Sign-in configuration that needs no database: cookies, callback URLs, emails, OIDC settings, messages.

describe('session cookies follow the public URL (NEXTAUTH_URL), not NODE_ENV', () => {
  const saved = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET };
  afterEach(() => {
    process.env.NEXTAUTH_URL = saved.url;
    process.env.NEXTAUTH_SECRET = saved.secret;
  });

  /** The Set-Cookie headers next-auth sends for /api/auth/csrf under this public URL. */
  async function csrfCookies(publicUrl: string): Promise<string[]> {
    process.env.NEXTAUTH_URL = publicUrl;
    process.env.NEXTAUTH_SECRET = 'unit-test-secret-unit-test-secret';
    const headers = new Map<string, string | string[]>();
    const res = {
      status: () => res,
      setHeader: (name: string, value: string | string[]) => headers.set(name.toLowerCase(), value),
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      json: () => res,
      send: () => res,
      end: () => res,
    };
    const req = { method: 'GET', query: { nextauth: ['csrf'] }, headers: {}, cookies: {}, body: undefined };
    await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions);
    return [headers.get('set-cookie') ?? []].flat();
  }

  it('are Secure, __Host-/__Secure- prefixed, HttpOnly and SameSite=Lax on https', async () => {
    const [csrf] = await csrfCookies('https://peerbridge.example.com');
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrf).toMatch(/; Secure/);
    expect(csrf).toMatch(/; HttpOnly/);
    expect(csrf).toMatch(/; SameSite=Lax/);
    expect(authOptions.useSecureCookies).toBeUndefined();
    expect(authOptions.cookies).toBeUndefined();
  });

  it('are not Secure on plain http (a local setup), still HttpOnly and SameSite=Lax', async () => {
    const [csrf] = await csrfCookies('http://localhost:3000');
    expect(csrf).toMatch(/^next-auth\.csrf-token=/);
    expect(csrf).not.toMatch(/; Secure/);
    expect(csrf).toMatch(/; HttpOnly/);
    expect(csrf).toMatch(/; SameSite=Lax/);
  });

  it('keeps JWT sessions', () => {
    expect(authOptions.session?.strategy).toBe('jwt');
  });
});

describe('callback URLs', () => {
  it('accepts only paths on this site', () => {
    expect(safeCallbackPath('/o/acme/people?q=x')).toBe('/o/acme/people?q=x');
    expect(safeCallbackPath('/invite/abc')).toBe('/invite/abc');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', '', undefined]) {
      expect(safeCallbackPath(bad), String(bad)).toBeUndefined();
    }
  });

  it('resolves next-auth redirects to our origin only', () => {
    const base = 'http://localhost:3100';
    expect(resolveRedirect('/o/globex', base)).toBe('http://localhost:3100/o/globex');
    expect(resolveRedirect('http://localhost:3100/sign-in?x=1', base)).toBe('http://localhost:3100/sign-in?x=1');
    expect(resolveRedirect('https://evil.example/o/globex', base)).toBe(base);
    expect(resolveRedirect('//evil.example', base)).toBe(base);
    expect(resolveRedirect('http://localhost:3199/steal', base)).toBe(base);
  });
});

describe('email addresses', () => {
  it('are trimmed and lowercased the same way everywhere', () => {
    expect(normalizeEmail('  Tom.Becker@Globex.Example ')).toBe('tom.becker@globex.example');
    expect(normalizeEmailIdentifier(' Tom.Becker@Globex.Example')).toBe('tom.becker@globex.example');
    expect(emailAddressSchema.parse('MAYA.CHEN@acme.example')).toBe('maya.chen@acme.example');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', 'tom', 'tom@', '@globex.example', 'a@b@c.example', `${'x'.repeat(250)}@globex.example`]) {
      expect(emailAddressSchema.safeParse(bad).success, bad).toBe(false);
      expect(() => normalizeEmailIdentifier(bad)).toThrow();
    }
  });
});

describe('the sign-in email', () => {
  it('carries the link in text and HTML, says it works once and when it expires', () => {
    const url = 'http://localhost:3100/api/auth/callback/email?callbackUrl=%2Fsign-in&token=abc&email=tom.becker%40globex.example';
    const mail = magicLinkEmail({ to: 'tom.becker@globex.example', url });
    expect(mail.to).toBe('tom.becker@globex.example');
    expect(mail.subject).toBe('Your Peerbridge sign-in link');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('works once and expires in 15 minutes');
    expect(mail.html).toContain(url.replaceAll('&', '&amp;'));
    expect(mail.html).not.toContain('&token=');
  });
});

describe('OIDC', () => {
  it('is on only when issuer, client id and secret are all set', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: 'https://id.acme.example', OIDC_CLIENT_ID: 'x' })).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: 'https://id.acme.example/', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' })).toEqual({
      issuer: 'https://id.acme.example',
      clientId: 'x',
      clientSecret: 'y',
      name: 'SSO',
    });
    expect(readOidcConfig({ OIDC_ISSUER: 'https://id.acme.example', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y', OIDC_NAME: 'Acme SSO' })?.name).toBe('Acme SSO');
  });

  it('accepts only a verified email claim', () => {
    expect(checkOidcClaims({ sub: '1', email: 'Maya.Chen@acme.example', email_verified: true, name: 'Maya Chen' })).toEqual({ ok: true, email: 'maya.chen@acme.example', name: 'Maya Chen' });
    expect(checkOidcClaims({ sub: '1', email: 'maya.chen@acme.example', email_verified: false })).toEqual({ ok: false, error: 'SsoEmailNotVerified' });
    expect(checkOidcClaims({ sub: '1', email: 'maya.chen@acme.example' })).toEqual({ ok: false, error: 'SsoEmailNotVerified' });
    expect(checkOidcClaims({ sub: '1', email_verified: true })).toEqual({ ok: false, error: 'SsoEmailMissing' });
    expect(checkOidcClaims(undefined)).toEqual({ ok: false, error: 'SsoEmailMissing' });
  });
});

describe('sign-in messages', () => {
  it('map next-auth errors to plain words that never say whether an account exists', () => {
    expect(signInErrorCode('Verification')).toBe('Verification');
    expect(signInErrorCode('OAuthCallback')).toBe('SsoFailed');
    expect(signInErrorCode('EmailCreateAccount')).toBe('EmailSignin');
    expect(signInErrorCode('Something new')).toBe('Default');
    expect(signInErrorCode(undefined)).toBeNull();
    expect(signInErrorMessage('Verification')).toMatch(/already used or it has expired/);
    expect(signInErrorMessage('SsoEmailNotVerified', { ssoName: 'Acme SSO' })).toMatch(/^Acme SSO did not confirm/);
    for (const code of ['Verification', 'RateLimited', 'EmailSignin', 'Default'] as const) expect(signInErrorMessage(code)).not.toMatch(/no account|not found|unknown/i);
  });

  it('say how long to wait when rate limited', () => {
    expect(tooManyAttempts(12)).toMatch(/try again in 12 minutes\.$/);
    expect(tooManyAttempts(1)).toMatch(/try again in 1 minute\.$/);
    expect(tooManyAttempts(undefined)).toMatch(/try again in a few minutes\.$/);
  });
});

describe('the dev outbox', () => {
  it('exists only in demo mode (the page is a 404 otherwise)', async () => {
    const saved = process.env.DEMO_MODE;
    try {
      for (const value of ['0', '', undefined]) {
        if (value === undefined) delete process.env.DEMO_MODE;
        else process.env.DEMO_MODE = value;
        expect(await listDevOutbox()).toBeNull();
      }
    } finally {
      process.env.DEMO_MODE = saved;
    }
  });
});
