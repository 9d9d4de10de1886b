import { defineConfig, devices } from '@playwright/test';

// End-to-end tests: Chromium (Debian's, never a downloaded one) against the production build on port 3100,
// with its own freshly seeded database (`tsx scripts/launch.ts e2e-server`). See tests/e2e/.

const PORT = Number(process.env.PEERBRIDGE_E2E_PORT ?? 3100);
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
  webServer: {
    command: 'node_modules/.bin/tsx scripts/launch.ts e2e-server',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PEERBRIDGE_E2E_PORT: String(PORT) },
  },
});
