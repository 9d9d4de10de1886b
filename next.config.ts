import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './lib/security/headers';

const config: NextConfig = {
  // NEXT_DIST_DIR lets two builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'graphile-worker'],
  // Employee CSV imports (up to 5 MB) are sent as a server action's form.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // Security headers that never change, on every response (static files too). The per-request CSP is set by proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default config;
