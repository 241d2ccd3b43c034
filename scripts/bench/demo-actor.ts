import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { Actor } from '@/data/actor';
import { rolesOf } from '@/data/users';

/** A demo user (secretary, reviewer, leader…) of the benchmark's database as an actor, with its roles. */
export function demoActor(username: string): Actor & { kind: 'user' } {
  const user = getDb()
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.username, username))
    .get();
  if (!user) throw new Error(`no user ${username}: is this a benchmark database with the demo users?`);
  return { kind: 'user', userId: user.id, roles: rolesOf(user.id) };
}
