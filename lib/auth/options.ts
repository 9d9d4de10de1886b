import type { NextAuthOptions } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { findUserById, listPersonas } from '../db/system';
import { DomainError } from '../errors';
import { acceptInvitation } from '../invitations';
import { mailFrom } from '../mail';
import { PERSONA_EMAILS } from '../seed/personas';
import { peerbridgeAdapter } from './adapter';
import { resolveRedirect } from './callback-url';
import { requestClientIp } from './client-ip';
import { isDemoMode } from './demo-mode';
import { normalizeEmail, normalizeEmailIdentifier } from './email-address';
import { sendMagicLink } from './magic-link-email';
import { MAGIC_LINK_MAX_AGE_SECONDS } from './magic-link-lifetime';
import { OIDC_PROVIDER_ID, checkOidcClaims, discoveryUrl, readOidcConfig, type OidcConfig } from './oidc-config';
import { limitMagicLinkRequest } from './rate-limit';
import type { SignInErrorCode } from './sign-in-errors';
import { signInMethods } from './sign-in-methods';

// next-auth configuration. Sessions are signed JWTs in an HttpOnly, SameSite=Lax cookie; the secret is stable
// across restarts (NEXTAUTH_SECRET, or one the launcher keeps in .data/). Ways in:
// - email links (SMTP_URL, or the dev outbox in demo mode): single use, 15 minutes, rate limited;
// - company SSO over OpenID Connect when OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET are set;
// - accepting an invitation (/invite/<token>): the emailed link proves the address;
// - one-click demo personas in demo mode.
// Cookies: `useSecureCookies` is deliberately not set, so next-auth makes them Secure (and __Secure-/__Host-
// prefixed) exactly when NEXTAUTH_URL, the public URL, is https — not based on NODE_ENV.

/** An absolute URL of the sign-in page showing `error`; next-auth hands it to the browser as the redirect. */
function signInErrorUrl(error: SignInErrorCode, params: Record<string, string> = {}): string {
  const url = new URL('/sign-in', process.env.NEXTAUTH_URL ?? 'http://localhost:3000');
  url.searchParams.set('error', error);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

function demoProvider(): Provider {
  return CredentialsProvider({
    id: 'demo',
    name: 'Demo persona',
    credentials: { userId: { label: 'Persona', type: 'text' } },
    async authorize(credentials) {
      if (!isDemoMode() || !credentials?.userId) return null;
      const personas = await listPersonas(PERSONA_EMAILS);
      if (!personas.some((p) => p.userId === credentials.userId)) return null;
      const user = await findUserById(credentials.userId);
      return user ? { id: user.id, email: user.email, name: user.name } : null;
    },
  });
}

/** /invite/<token>: accepting the invitation (lib/invitations) joins the org and signs the invitee in. */
function invitationProvider(): Provider {
  return CredentialsProvider({
    id: 'invitation',
    name: 'Invitation',
    credentials: { token: { label: 'Invitation token', type: 'text' } },
    async authorize(credentials) {
      if (!credentials?.token) return null;
      try {
        const { userId } = await acceptInvitation(credentials.token);
        const user = await findUserById(userId);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      } catch (error) {
        // Used, revoked, expired or unknown: the invitation page says which when it reloads.
        if (error instanceof DomainError) return null;
        throw error;
      }
    },
  });
}

function emailProvider(): Provider {
  return EmailProvider({
    from: mailFrom(),
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    normalizeIdentifier: normalizeEmailIdentifier,
    sendVerificationRequest: ({ identifier, url }) => sendMagicLink({ identifier, url }),
  });
}

type OidcClaims = Record<string, unknown> & { sub: string };
type ClaimsTokenSet = { claims(): OidcClaims; access_token?: string };
type UserinfoClient = { issuer: { metadata: { userinfo_endpoint?: string } }; userinfo(tokens: unknown): Promise<Record<string, unknown>> };

/**
 * A generic OpenID Connect provider from the issuer's discovery document: authorization code flow with
 * PKCE and state, the ID token verified by openid-client. Claims come from the ID token plus the userinfo
 * endpoint (many providers put `email` only there). Linking to an existing user by email is allowed because
 * the signIn callback accepts only `email_verified` addresses from the one issuer the operator configured.
 */
function oidcProvider(config: OidcConfig): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: 'oauth',
    wellKnown: discoveryUrl(config),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    checks: ['pkce', 'state'],
    idToken: true,
    userinfo: {
      async request({ tokens, client }) {
        const claims = (tokens as unknown as ClaimsTokenSet).claims();
        const userinfoClient = client as unknown as UserinfoClient;
        if (!tokens.access_token || !userinfoClient.issuer.metadata.userinfo_endpoint) return claims;
        // openid-client checks that userinfo's `sub` matches the ID token's.
        const userinfo = await userinfoClient.userinfo(tokens);
        return { ...claims, ...userinfo, sub: claims.sub };
      },
    },
    profile(claims) {
      const email = typeof claims.email === 'string' ? normalizeEmail(claims.email) : null;
      const name = typeof claims.name === 'string' ? claims.name : null;
      return { id: claims.sub, email, name, image: null };
    },
    allowDangerousEmailAccountLinking: true,
  };
}

function providers(): Provider[] {
  const methods = signInMethods();
  const oidc = readOidcConfig();
  return [demoProvider(), invitationProvider(), ...(methods.email ? [emailProvider()] : []), ...(oidc ? [oidcProvider(oidc)] : [])];
}

export const authOptions: NextAuthOptions = {
  adapter: peerbridgeAdapter(),
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: providers(),
  callbacks: {
    async signIn({ user, account, profile, email }) {
      if (account?.provider === 'email' && email?.verificationRequest) {
        // Asking for a link: counts against the address and the client, for known and unknown addresses alike.
        const address = normalizeEmail(user.email ?? account.providerAccountId);
        const verdict = await limitMagicLinkRequest({ email: address, ip: await requestClientIp() });
        if (!verdict.allowed) return signInErrorUrl('RateLimited', { retryAfter: String(Math.ceil(verdict.retryAfterSeconds / 60)) });
        return true;
      }
      if (account?.provider === OIDC_PROVIDER_ID) {
        const identity = checkOidcClaims(profile as Record<string, unknown> | undefined);
        if (!identity.ok) return signInErrorUrl(identity.error);
      }
      return true;
    },
    redirect({ url, baseUrl }) {
      return resolveRedirect(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') session.user.id = token.uid;
      return session;
    },
  },
};
