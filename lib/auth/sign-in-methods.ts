import { isDemoMode } from './demo-mode';
import { OIDC_PROVIDER_ID, readOidcConfig } from './oidc-config';

// Which ways to sign in this deployment offers; the auth options and the sign-in page both read this.

export interface SignInMethods {
  /** Email links: when mail can reach people (SMTP_URL), or in demo mode, where the dev outbox shows it. */
  email: boolean;
  sso: { providerId: string; name: string } | null;
  /** One-click demo personas and the dev outbox link. */
  demo: boolean;
}

export function signInMethods(): SignInMethods {
  const demo = isDemoMode();
  const oidc = readOidcConfig();
  return {
    email: Boolean(process.env.SMTP_URL) || demo,
    sso: oidc ? { providerId: OIDC_PROVIDER_ID, name: oidc.name } : null,
    demo,
  };
}
