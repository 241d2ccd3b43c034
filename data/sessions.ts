import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { getDb, schema } from '@/db';

/** A session ends twelve hours after signing in, however active (auth.ts checks it on every request). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/**
 * Opens a session for a user who just signed in and returns its id (random, never reused). Sessions past
 * their absolute lifetime are removed here: they can no longer be used, and this keeps the table small.
 */
export function openSession(userId: number, now = new Date()): string {
  const id = randomBytes(32).toString('base64url');
  const db = getDb();
  db.delete(schema.sessions)
    .where(lt(schema.sessions.createdAt, new Date(now.getTime() - SESSION_ABSOLUTE_MS)))
    .run();
  db.insert(schema.sessions).values({ id, userId, createdAt: now }).run();
  return id;
}

/** Ends one session (signing out): any copy of its cookie is refused from now on. */
export function closeSession(id: string): void {
  getDb().delete(schema.sessions).where(eq(schema.sessions.id, id)).run();
}
