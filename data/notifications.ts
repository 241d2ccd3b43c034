import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import type { Role } from '@/domain/vocabulary';
import type { WorkflowAction } from '@/domain/workflow';
import type { Actor } from './actor';

type DocumentRow = typeof schema.documents.$inferSelect;
type Kind = (typeof schema.NOTIFICATION_KINDS)[number];

export type NotificationDto = {
  id: number;
  kind: Kind;
  documentId: number;
  meetingId: number;
  documentKind: DocumentRow['kind'];
  language: DocumentRow['language'];
  /** The meeting it is about, as the notification names it (the headlines of a chair's releases read alike). */
  sessionNumber: number;
  meetingName: string;
  meetingNameZh: string;
  heldOn: string;
  headline: string | null;
  actorName: string | null;
  comment: string;
  read: boolean;
  createdAt: Date;
};

function usersWithRoles(tx: Tx, roles: Role[]): number[] {
  if (roles.length === 0) return [];
  return tx
    .selectDistinct({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(inArray(schema.userRoles.role, roles), eq(schema.users.disabled, false)))
    .all()
    .map((u) => u.id);
}

/** Who submitted the current review cycle, and who wrote the revision: the people its outcome concerns. */
function authorsOf(tx: Tx, doc: DocumentRow): number[] {
  const submitter = tx
    .select({ actorId: schema.transitions.actorId })
    .from(schema.transitions)
    .where(and(eq(schema.transitions.documentId, doc.id), eq(schema.transitions.action, 'submit')))
    .orderBy(desc(schema.transitions.id))
    .limit(1)
    .get()?.actorId;
  const author = doc.currentRevisionId
    ? tx
        .select({ authorId: schema.revisions.authorId })
        .from(schema.revisions)
        .where(eq(schema.revisions.id, doc.currentRevisionId))
        .get()?.authorId
    : null;
  return [submitter, author].filter((id): id is number => typeof id === 'number');
}

/**
 * Tells the people a transition concerns, inside the transition's own transaction: submitted or passed on
 * to the next step's signers, returned or approved to the authors, ready to publish to the leaders,
 * published or withdrawn to the authors, recalled to those it was waiting for.
 */
export function notifyTransition(
  tx: Tx,
  t: {
    action: WorkflowAction;
    before: DocumentRow;
    after: DocumentRow;
    /** The review chain of the document's kind, as the transition read it. */
    chain: readonly Role[];
    actorId: number | null;
    comment: string;
    now: Date;
  },
) {
  const sends: [Kind, number[]][] = [];
  switch (t.action) {
    case 'submit':
    case 'approve':
      if (t.after.workingState === 'in_review' && t.after.reviewStep) {
        sends.push(['submitted', usersWithRoles(tx, [t.chain[t.after.reviewStep - 1]!])]);
      } else if (t.after.workingState === 'approved') {
        sends.push(
          ['approved', authorsOf(tx, t.after)],
          ['ready_to_publish', usersWithRoles(tx, ['leader'])],
        );
      }
      break;
    case 'request_changes':
      sends.push(['returned', authorsOf(tx, t.after)]);
      break;
    case 'publish':
      sends.push(['published', authorsOf(tx, t.after)]);
      if (t.after.kind === 'minutes')
        sends.push(['minutes_received', liaisonsReceiving(tx, t.after.meetingId)]);
      break;
    case 'withdraw':
      sends.push(['withdrawn', [...authorsOf(tx, t.after), ...usersWithRoles(tx, ['leader'])]]);
      break;
    case 'recall':
      // Whoever had it waiting: the current step's signers, or the leaders for an approved text.
      sends.push([
        'recalled',
        usersWithRoles(
          tx,
          t.before.workingState === 'in_review' && t.before.reviewStep
            ? [t.chain[t.before.reviewStep - 1]!]
            : ['leader'],
        ),
      ]);
      break;
    default:
      return;
  }
  for (const [kind, userIds] of sends) {
    const recipients = [...new Set(userIds)].filter((id) => id !== t.actorId);
    if (recipients.length === 0) continue;
    tx.insert(schema.notifications)
      .values(
        recipients.map((userId) => ({
          userId,
          kind,
          documentId: t.after.id,
          actorId: t.actorId,
          comment: t.comment,
          createdAt: t.now,
        })),
      )
      .run();
  }
}

export function unreadNotificationCount(actor: Actor): number {
  if (actor.kind !== 'user') return 0;
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, actor.userId), isNull(schema.notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** The actor's own notifications, newest first. Nobody reads anyone else's. */
export function listNotifications(actor: Actor, limit = 50): NotificationDto[] {
  if (actor.kind !== 'user') return [];
  const actorUser = schema.users;
  return getDb()
    .select({
      id: schema.notifications.id,
      kind: schema.notifications.kind,
      documentId: schema.notifications.documentId,
      meetingId: schema.documents.meetingId,
      documentKind: schema.documents.kind,
      language: schema.documents.language,
      sessionNumber: schema.meetings.sessionNumber,
      meetingName: schema.bodies.meetingName,
      meetingNameZh: schema.bodies.meetingNameZh,
      heldOn: schema.meetings.heldOn,
      headline: schema.revisions.headline,
      actorName: actorUser.displayName,
      comment: schema.notifications.comment,
      readAt: schema.notifications.readAt,
      createdAt: schema.notifications.createdAt,
    })
    .from(schema.notifications)
    .innerJoin(schema.documents, eq(schema.documents.id, schema.notifications.documentId))
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .leftJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
    .leftJoin(actorUser, eq(actorUser.id, schema.notifications.actorId))
    .where(eq(schema.notifications.userId, actor.userId))
    .orderBy(desc(schema.notifications.id))
    .limit(limit)
    .all()
    .map(({ readAt, ...n }) => ({ ...n, read: readAt !== null }));
}

export function markNotificationsRead(actor: Actor, now = new Date()): void {
  if (actor.kind !== 'user') return;
  getDb()
    .update(schema.notifications)
    .set({ readAt: now })
    .where(and(eq(schema.notifications.userId, actor.userId), isNull(schema.notifications.readAt)))
    .run();
}

/** The liaisons of the units a meeting's minutes are distributed to. */
function liaisonsReceiving(tx: Tx, meetingId: number): number[] {
  return tx
    .select({ id: schema.users.id })
    .from(schema.minutesDistribution)
    .innerJoin(schema.users, eq(schema.users.unitId, schema.minutesDistribution.unitId))
    .innerJoin(
      schema.userRoles,
      and(eq(schema.userRoles.userId, schema.users.id), eq(schema.userRoles.role, 'unit_liaison')),
    )
    .where(and(eq(schema.minutesDistribution.meetingId, meetingId), eq(schema.users.disabled, false)))
    .all()
    .map((u) => u.id);
}
