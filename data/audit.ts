import 'server-only';
import { getDb, schema, type Db, type Tx } from '@/db';
import type { MessageKey } from '@/messages';
import { actorUserId, type Actor } from './actor';
import { forbidden, type GazetteError } from './errors';

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId?: string | number;
  detail?: Record<string, unknown>;
  at?: Date;
};

const viaToken = (actor: Actor | null) => (actor?.kind === 'user' ? actor.tokenId : undefined);

const actorKind = (actor: Actor | null) =>
  !actor ? 'anonymous' : viaToken(actor) !== undefined ? 'token' : actor.kind;

/** Appends an audit event, inside the caller's transaction when one is given. */
export function recordAudit(actor: Actor | null, entry: AuditEntry, tx: Db | Tx = getDb()): void {
  tx.insert(schema.auditEvents)
    .values({
      actorId: actor ? actorUserId(actor) : null,
      actorKind: actorKind(actor),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId ?? ''),
      // Whatever a token does names the token, so its uses can be traced and its account told apart.
      detail: JSON.stringify(
        viaToken(actor) ? { ...entry.detail, tokenId: viaToken(actor) } : (entry.detail ?? {}),
      ),
      ...(entry.at ? { createdAt: entry.at } : {}),
    })
    .run();
}

/**
 * A permission refusal: audited on its own (outside any transaction that is about to roll back) and
 * returned for the caller to throw.
 */
export function refusal(
  actor: Actor | null,
  attempted: string,
  subject: { type: string; id?: string | number },
  key: MessageKey = 'error.forbidden',
  params?: Record<string, string | number>,
): GazetteError {
  recordAudit(actor, {
    action: 'permission.refused',
    subjectType: subject.type,
    subjectId: subject.id,
    detail: { attempted, reason: key },
  });
  return forbidden(key, params);
}
