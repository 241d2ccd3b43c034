import type { Role } from '@/domain/vocabulary';

/** Who is asking. Every data function takes one explicitly; nothing reads the session behind its back. */
export type Actor =
  | {
      kind: 'user';
      userId: number;
      roles: readonly Role[];
      /** Set when the request came with an API token: the account it acts for, limited to its scope. */
      tokenId?: number;
    }
  | { kind: 'system'; purpose: 'seed' | 'scheduler' | 'importer' | 'backup' };

export const systemActor = (purpose: 'seed' | 'scheduler' | 'importer' | 'backup'): Actor => ({
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

/**
 * The roles an actor brings to the workflow table. A token may write and submit, but never signs: a review
 * step, a publication, a schedule or a withdrawal is a person's act in three-tier review, so the signing
 * roles are withheld from every token, whatever its scope (the API offers none of those acts either).
 */
export function workflowRoles(actor: Actor): readonly Role[] {
  if (actor.kind !== 'user') return [];
  return actor.tokenId === undefined ? actor.roles : actor.roles.filter((r) => r === 'secretary');
}
