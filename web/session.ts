import 'server-only';
import { redirect } from 'next/navigation';
import { auth } from '@/web/auth';
import type { Actor } from '@/data/actor';
import { translator, type Locale, type Translate } from '@/messages';

export type SignedIn = {
  actor: Extract<Actor, { kind: 'user' }>;
  name: string;
  locale: Locale;
  t: Translate;
};

/** The signed-in user as an actor, or null. Roles come fresh from the database (see the jwt callback). */
export async function currentUser(): Promise<SignedIn | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user || !Number.isInteger(id)) return null;
  const locale = session.user.locale ?? 'en';
  return {
    actor: { kind: 'user', userId: id, roles: session.user.roles ?? [] },
    name: session.user.name,
    locale,
    t: translator(locale),
  };
}

/** For workspace pages: the signed-in user, or a redirect to sign in. */
export async function requireUser(returnTo: string): Promise<SignedIn> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
