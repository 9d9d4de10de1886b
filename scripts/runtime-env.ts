import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

// Environment the Next.js server gets from the launcher: the database URL, demo mode and the auth secret.

const SECRET_FILE = '.data/auth-secret';

/** NEXTAUTH_SECRET if set; otherwise one generated once and kept in .data/, so sessions survive restarts. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(SECRET_FILE)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(SECRET_FILE, 'utf8').trim();
}

export function serverEnv(databaseUrl: string, embedded: boolean, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_MODE: process.env.DEMO_MODE ?? (embedded ? '1' : '0'),
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
