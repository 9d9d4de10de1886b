// Security headers. The Content-Security-Policy carries a fresh nonce per request and is set by proxy.ts
// (Next.js reads the nonce from the request's CSP header and puts it on its own scripts); the headers that
// never change are set for every response, static files included, by next.config.ts.
// Pure: no imports, so next.config.ts can use it too.

export interface CspOptions {
  /** Base64 nonce for this request's scripts. */
  nonce: string;
  /** `next dev`: React needs eval for its debugging aids, and hot reloading needs a WebSocket. */
  dev?: boolean;
  /** The public URL is https: ask browsers to upgrade any stray http:// subresource. */
  https?: boolean;
}

export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('A CSP nonce must be base64');
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'strict-dynamic': scripts the nonced ones load (Next's chunks) may run; nothing else, not even 'self'
    // in browsers that understand it ('self' is the fallback for those that do not).
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Tailwind's stylesheet is 'self'; Radix and Next set inline style attributes.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    // Only our own origin may receive form posts. SSO starts with a fetch() and a JS navigation, so the
    // redirect to the identity provider is not a form submission.
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(https ? ([['upgrade-insecure-requests']] as [string][]) : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** A fresh, unguessable nonce: a random UUID (122 random bits), base64-encoded. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

export interface HeaderEntry {
  key: string;
  value: string;
}

/** Headers for every response, including static files (next.config.ts `headers()`). */
export const STATIC_SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Older browsers' version of frame-ancestors 'none'.
  { key: 'X-Frame-Options', value: 'DENY' },
  // no-referrer would also blank the Origin header of same-origin POSTs, which Next's server-action CSRF check
  // reads; strict-origin-when-cross-origin sends only our origin to other sites and nothing over http.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

export interface RequestSecurityHeaders {
  /** Set on the request Next renders, so it can read the nonce (`x-nonce` for our own code). */
  request: Record<string, string>;
  /** Set on the response. */
  response: Record<string, string>;
}

/** Per-request headers for proxy.ts. */
export function requestSecurityHeaders({ nonce, dev = false, publicUrl }: { nonce: string; dev?: boolean; publicUrl?: string }): RequestSecurityHeaders {
  const https = Boolean(publicUrl?.startsWith('https://'));
  const csp = contentSecurityPolicy({ nonce, dev, https });
  return {
    request: { 'x-nonce': nonce, 'content-security-policy': csp },
    response: {
      'content-security-policy': csp,
      // HSTS only where the public URL is https (never on a plain-http local setup).
      ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    },
  };
}
