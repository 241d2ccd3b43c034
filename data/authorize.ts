import 'server-only';
import { denial, type PermissionAction, type PermissionSubject } from '@/domain/permissions';
import type { Actor } from './actor';
import { refusal } from './audit';
import { conflict } from './errors';

/** The facts the rule needs, and what a refusal names in the audit log: the attempt and its record. */
export type AuthorizationSubject = PermissionSubject & {
  attempted: string;
  type: string;
  id?: string | number;
};

/**
 * The data layer's one permission check: asks domain/permissions.ts and throws when it says no. Refusing
 * the person is an audited refusal (refusal(), data/audit.ts); a record frozen by its cancelled meeting is
 * a conflict, as any state that forbids a change: the person may, the record may not.
 */
export function authorize(actor: Actor, action: PermissionAction, subject: AuthorizationSubject): void {
  const denied = denial(actor, action, subject);
  if (!denied) return;
  if (denied.reason === 'meeting_cancelled') throw conflict('meetings.cancelled');
  throw refusal(actor, subject.attempted, { type: subject.type, id: subject.id });
}

/** authorize() for an act on one's own account, which only a user has: narrows the actor to that user. */
export function authorizeOwnAccount(
  actor: Actor,
  attempted: string,
): asserts actor is Extract<Actor, { kind: 'user' }> {
  authorize(actor, 'account.own', { attempted, type: 'user' });
}
