import type { NextConfig } from 'next';

const config: NextConfig = {
  // NEXT_DIST_DIR lets two builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
};

export default config;
