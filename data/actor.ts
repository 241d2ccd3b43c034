import type { Role } from '@/domain/vocabulary';

/** Who is asking. Every data function takes one explicitly; nothing reads the session behind its back. */
export type Actor =
  | { kind: 'user'; userId: number; roles: readonly Role[] }
  | { kind: 'system'; purpose: 'seed' | 'scheduler' | 'importer' };

export const systemActor = (purpose: 'seed' | 'scheduler' | 'importer'): Actor => ({
  kind: 'system',
  purpose,
});

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.roles.includes(role);
}

/** Staff who may read every internal document that is not yet issued. */
export function isEditorialStaff(actor: Actor): boolean {
  return (
    actor.kind === 'system' || ['secretary', 'reviewer', 'leader'].some((r) => hasRole(actor, r as Role))
  );
}

export const actorUserId = (actor: Actor): number | null => (actor.kind === 'user' ? actor.userId : null);
