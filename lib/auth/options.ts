import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { findUserById, listPersonas } from '../db/system';
import { PERSONA_EMAILS } from '../seed/personas';
import { isDemoMode } from './demo-mode';

// next-auth configuration. Sessions are signed JWTs in an HttpOnly cookie; the secret is stable across
// restarts (NEXTAUTH_SECRET, or one the launcher keeps in .data/), so sessions survive a restart.
// Demo personas are the only sign-in method until email links and SSO arrive.

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
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
    }),
  ],
  callbacks: {
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
