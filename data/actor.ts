import type { Role } from '@/domain/vocabulary';

/**
 * Who is asking. Every data function takes one explicitly; nothing reads the session behind its back. What
 * each may do is domain/permissions.ts's, asked through authorize() (data/authorize.ts).
 */
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

export const actorUserId = (actor: Actor): number | null => (actor.kind === 'user' ? actor.userId : null);
