// Ports and client settings shared by playwright.config.ts, the local identity provider and the SSO tests.
// The provider's port follows the app's (3100 → 3199), so parallel runs on other ports do not collide;
// PEERBRIDGE_OIDC_PORT overrides it.

export const E2E_PORT = Number(process.env.PEERBRIDGE_E2E_PORT ?? 3100);
export const OIDC_PORT = Number(process.env.PEERBRIDGE_OIDC_PORT ?? E2E_PORT + 99);
export const APP_URL = `http://localhost:${E2E_PORT}`;
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;

export const OIDC_CLIENT = {
  clientId: 'peerbridge-e2e',
  clientSecret: 'peerbridge-e2e-client-secret-not-for-production',
  name: 'Acme SSO',
  redirectUri: `${APP_URL}/api/auth/callback/oidc`,
} as const;

/** The identity provider's test accounts: sign in with the email and this password. */
export const OIDC_PASSWORD = 'correct-horse-battery';
export const OIDC_ACCOUNTS = [
  { email: 'maya.chen@acme.example', sub: 'acme-sso-0001', name: 'Maya Chen', emailVerified: true },
  { email: 'unverified.sso@acme.example', sub: 'acme-sso-0002', name: 'Una Verified', emailVerified: false },
] as const;
