import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authSecret } from '@/config/env';
import { closeSession, openSession, SESSION_ABSOLUTE_MS } from '@/data/sessions';
import { loadSessionUser, verifyCredentials } from '@/data/users';
import { clientAddressOf } from '@/web/client-address';
import type { Role } from '@/domain/vocabulary';
import type { Locale } from '@/messages';

declare module 'next-auth' {
  interface User {
    roles?: Role[];
    sessionVersion?: number;
    locale?: Locale;
  }
  interface Session {
    user: { id: string; name: string; roles: Role[]; locale: Locale };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** The session's row in the sessions table: deleted at sign-out. */
    sid?: string;
    signedInAt?: number;
    roles?: Role[];
    locale?: Locale;
  }
}

const credentials = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});

// Lazy configuration: the secret is read (or generated) on the first request, never at build time.
// A session ends after two hours without a request (the cookie is renewed as it is used) and, in any
// case, twelve hours after signing in (SESSION_ABSOLUTE_MS).
const IDLE_SECONDS = 2 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: IDLE_SECONDS, updateAge: 5 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyCredentials(
          parsed.data.username,
          parsed.data.password,
          clientAddressOf(request.headers),
        );
        if (!user) return null;
        return {
          id: String(user.id),
          name: user.displayName,
          roles: user.roles,
          sessionVersion: user.sessionVersion,
          locale: user.locale,
        };
      },
    }),
  ],
  events: {
    // The cookie is cleared in the browser, but a copy of it would still verify: the session's row goes.
    signOut(message) {
      if ('token' in message && typeof message.token?.sid === 'string') closeSession(message.token.sid);
    },
  },
  callbacks: {
    // Runs on every request that reads the session: a JWT cannot be revoked by itself, so its session's
    // row (gone after sign-out) and the user's session version (bumped when every session must end:
    // disabled, roles changed, password reset) are checked against the database each time.
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.sid = openSession(token.uid);
        token.signedInAt = Date.now();
      }
      if (typeof token.uid !== 'number' || typeof token.sv !== 'number') return null;
      if (typeof token.sid !== 'string') return null;
      if (typeof token.signedInAt !== 'number' || Date.now() - token.signedInAt > SESSION_ABSOLUTE_MS)
        return null;
      const current = loadSessionUser(token.uid, token.sv, token.sid);
      if (!current) return null;
      token.roles = current.roles;
      token.name = current.displayName;
      token.locale = current.locale;
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: String(token.uid),
        name: token.name ?? '',
        roles: token.roles ?? [],
        locale: token.locale ?? 'en',
      };
      return session;
    },
  },
}));
