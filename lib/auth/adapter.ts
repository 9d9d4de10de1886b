import type { Adapter, AdapterAccount, AdapterUser, VerificationToken } from 'next-auth/adapters';
import {
  consumeVerificationToken,
  createAuthUser,
  createVerificationToken,
  deleteVerificationTokensExpiredBefore,
  findAuthUserByAccount,
  findAuthUserByEmail,
  findAuthUserById,
  linkAuthAccount,
  updateAuthUser,
  type AuthUser,
} from '../db/system';
import { normalizeEmail } from './email-address';

// The next-auth adapter for email links and SSO: users, linked provider accounts and verification tokens,
// over lib/db/system.ts. Sessions stay JWTs, so there are no session methods. Every email goes through
// normalizeEmail, so lookups do not depend on how someone typed their address.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toAdapterUser(user: AuthUser): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified, image: user.image };
}

export function peerbridgeAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, 'id'>) {
      const created = await createAuthUser({
        email: normalizeEmail(user.email),
        name: user.name ?? null,
        emailVerified: user.emailVerified ?? null,
        image: user.image ?? null,
      });
      return toAdapterUser(created);
    },

    async getUser(id) {
      // next-auth passes a JWT's `sub`; anything that is not one of our ids is simply unknown.
      if (!UUID.test(id)) return null;
      const user = await findAuthUserById(id);
      return user ? toAdapterUser(user) : null;
    },

    async getUserByEmail(email) {
      const user = await findAuthUserByEmail(normalizeEmail(email));
      return user ? toAdapterUser(user) : null;
    },

    async getUserByAccount({ provider, providerAccountId }) {
      const user = await findAuthUserByAccount(provider, providerAccountId);
      return user ? toAdapterUser(user) : null;
    },

    async updateUser({ id, email, name, emailVerified, image }) {
      const user = await updateAuthUser(id, {
        ...(email !== undefined && { email: normalizeEmail(email) }),
        ...(name !== undefined && { name }),
        ...(emailVerified !== undefined && { emailVerified }),
        ...(image !== undefined && { image }),
      });
      return toAdapterUser(user);
    },

    async linkAccount(account: AdapterAccount) {
      await linkAuthAccount({ userId: account.userId, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId });
    },

    async createVerificationToken(token) {
      const stored: VerificationToken = { identifier: normalizeEmail(token.identifier), token: token.token, expires: token.expires };
      await createVerificationToken(stored);
      // Now and then, forget links nobody clicked (a day after they expired).
      if (Math.random() < 0.05) await deleteVerificationTokensExpiredBefore(new Date(Date.now() - 24 * 60 * 60 * 1000));
      return stored;
    },

    /** Single use: the token is deleted as it is read. An expired token is deleted too, and refused. */
    async useVerificationToken({ identifier, token }) {
      if (!identifier || !token) return null;
      const used = await consumeVerificationToken(normalizeEmail(identifier), token);
      if (!used || used.expires.getTime() <= Date.now()) return null;
      return used;
    },
  };
}
