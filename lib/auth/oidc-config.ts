import { normalizeEmail } from './email-address';
// Company single sign-on over OpenID Connect: one generic provider, configured by environment variables.
// It is on only when issuer, client id and secret are all set.

export const OIDC_PROVIDER_ID = 'oidc';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown as "Continue with <name>". */
  name: string;
}

type Env = Record<string, string | undefined>;

export function readOidcConfig(env: Env = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) {
    if (issuer || clientId || clientSecret) warnOnce('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must all be set for single sign-on; it is off.');
    return null;
  }
  return { issuer: issuer.replace(/\/+$/, ''), clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'SSO' };
}

/** The issuer's discovery document (OpenID Connect Discovery 1.0, section 4). */
export function discoveryUrl(config: OidcConfig): string {
  return `${config.issuer}/.well-known/openid-configuration`;
}

/** The claims Peerbridge needs from the identity provider, or why it cannot use them. */
export type OidcIdentity = { ok: true; email: string; name: string | null } | { ok: false; error: 'SsoEmailMissing' | 'SsoEmailNotVerified' };

export function checkOidcClaims(claims: Record<string, unknown> | undefined): OidcIdentity {
  const email = typeof claims?.email === 'string' ? normalizeEmail(claims.email) : '';
  if (!email || !email.includes('@')) return { ok: false, error: 'SsoEmailMissing' };
  // Only a literal true counts (some providers send the string "true"; accept that too, nothing else).
  const verified = claims?.email_verified === true || claims?.email_verified === 'true';
  if (!verified) return { ok: false, error: 'SsoEmailNotVerified' };
  const name = typeof claims?.name === 'string' && claims.name.trim() ? claims.name.trim() : null;
  return { ok: true, email, name };
}

let warned = false;
function warnOnce(message: string) {
  if (warned) return;
  warned = true;
  console.warn(`[peerbridge] ${message}`);
}
