import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT as PORT, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from './tests/e2e/support/oidc-ports';

// End-to-end tests: Chromium (Debian's, never a downloaded one) against the production build on port 3100,
// with its own freshly seeded database (`tsx scripts/launch.ts e2e-server`), and a local OpenID Connect
// provider (oidc-provider) on port 3199 for company SSO. Both ports follow PEERBRIDGE_E2E_PORT. See tests/e2e/.

const baseURL = `http://localhost:${PORT}`;

const CHROMIUM_LAUNCH = {
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: CHROMIUM_LAUNCH },
    },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/tsx tests/e2e/support/oidc-provider.mjs',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PEERBRIDGE_E2E_PORT: String(PORT), PEERBRIDGE_OIDC_PORT: String(OIDC_PORT) },
    },
    {
      command: 'node_modules/.bin/tsx scripts/launch.ts e2e-server',
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PEERBRIDGE_E2E_PORT: String(PORT),
        // The public URL decides cookie security (http here: not Secure) and the links in sign-in emails.
        NEXTAUTH_URL: baseURL,
        // Company SSO against the local provider above.
        OIDC_ISSUER,
        OIDC_CLIENT_ID: OIDC_CLIENT.clientId,
        OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret,
        OIDC_NAME: OIDC_CLIENT.name,
        // Sign-in emails go to the dev outbox, even if the developer's shell has an SMTP server set.
        SMTP_URL: '',
        // Tests that ask for sign-in links send their own X-Forwarded-For, so per-IP limits do not pile up
        // across tests (and the header is shown to be believed only behind a trusted proxy).
        TRUST_PROXY: '1',
      },
    },
  ],
});
