import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, requestSecurityHeaders } from './lib/security/headers';

// Next 16's request proxy (formerly middleware): a per-request CSP nonce for every page. The policy itself is
// built in lib/security/headers.ts; the headers that never change come from next.config.ts. Not an auth
// boundary: pages and actions check the session themselves.

export function proxy(request: NextRequest) {
  const headers = requestSecurityHeaders({
    nonce: createNonce(),
    dev: process.env.NODE_ENV === 'development',
    publicUrl: process.env.NEXTAUTH_URL,
  });
  const requestHeaders = new Headers(request.headers);
  for (const [key, value] of Object.entries(headers.request)) requestHeaders.set(key, value);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(headers.response)) response.headers.set(key, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but build assets (immutable files; no HTML, so no CSP needed) and router prefetches.
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
