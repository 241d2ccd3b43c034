import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authSecret } from '@/lib/env';
import { loadSessionUser, verifyCredentials } from '@/data/users';
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
// case, twelve hours after signing in.
const IDLE_SECONDS = 2 * 60 * 60;
const ABSOLUTE_MS = 12 * 60 * 60 * 1000;

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
        // Behind a reverse proxy the client's address is its first forwarded one; directly, none is sent.
        const address = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'direct';
        const user = await verifyCredentials(parsed.data.username, parsed.data.password, address);
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
  callbacks: {
    // Runs on every request that reads the session: a JWT cannot be revoked by itself, so the user's
    // session version is checked against the database each time (disabled, roles changed, password reset).
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.signedInAt = Date.now();
      }
      if (typeof token.uid !== 'number' || typeof token.sv !== 'number') return null;
      if (typeof token.signedInAt !== 'number' || Date.now() - token.signedInAt > ABSOLUTE_MS) return null;
      const current = loadSessionUser(token.uid, token.sv);
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
