import type { DocumentKind, MeetingStatus, PublicationState, Role, Visibility } from './vocabulary';
import type { WorkflowAction } from './workflow';

/**
 * Who may do what: the one home of every permission rule. Pure: the data layer gathers the subject's facts
 * and asks; decide() (domain/workflow.ts) asks it for every role a workflow step needs; pages and the data
 * objects they are given ask it for what to offer. A rule written anywhere else is a second copy.
 */

/** Who is asking: a person (perhaps through an API token), or the process itself. data/actor.ts's Actor is one. */
export type PermissionActor =
  { kind: 'user'; roles: readonly Role[]; tokenId?: number } | { kind: 'system'; purpose: string };

export const ADMINISTRATION_ACTIONS = [
  'users.manage',
  'bodies.manage',
  'siteSettings.update',
  'reviewChains.set',
  'apiTokens.manage',
  'audit.read',
  'releases.import',
  /** The annual information-disclosure figures (page and CSV). */
  'disclosureFigures.read',
] as const;
type AdministrationAction = (typeof ADMINISTRATION_ACTIONS)[number];

export type PermissionAction =
  | WorkflowAction
  | AdministrationAction
  /** A meeting's register entry: created, or its details changed (cancelling and un-cancelling included). */
  | 'meeting.create'
  | 'meeting.update'
  /** A meeting's agenda items and decisions. */
  | 'records.edit'
  /** The advisory editing lock on a document (taking it over, the editor's heartbeat). */
  | 'document.lock'
  /** The meeting register, every meeting and every document not yet issued. */
  | 'meetings.read'
  /** One document: subject.document says whether it is an issued internal one. */
  | 'document.read'
  /** The documents waiting for a review step or a leader's publication. */
  | 'reviewQueue.read'
  /** A secretary's own drafts and returned documents. */
  | 'tasks.read'
  /** A unit liaison's list of the issued minutes distributed to its unit. */
  | 'receivedMinutes.read'
  /** One's own account: password, language, notifications, signing out. */
  | 'account.own'
  /** Publishing a personal-data finding as it stands, with a reason: a leader's, in person. */
  | 'personalData.override'
  /** The private fields of a list's entries (ID number, phone, address, notes): secretariat and leaders. */
  | 'nominations.private'
  /** The follow-up register: every item for the secretariat and leaders, its unit's for a liaison. */
  | 'followUp.read'
  /** One follow-up item: subject.followUp says whether the actor's unit leads or co-operates on it. */
  | 'followUp.readItem'
  /** Creating follow-up items, answering extensions, confirming completion, cancelling, disclosing. */
  | 'followUp.manage'
  /** A unit's progress reports and extension requests on an item it leads or co-operates on. */
  | 'followUp.report'
  /** The leaders' dashboard of charts. */
  | 'dashboard.read';

export type PermissionSubject = {
  /** The meeting the record or document belongs to: a cancelled meeting's records and documents are frozen. */
  meetingStatus?: MeetingStatus;
  /** The review chain of the document's kind and its current step (1-based), for a review step. */
  chain?: readonly Role[];
  step?: number | null;
  /** The document read; for minutes, whether the actor's unit is on their distribution list. */
  document?: {
    kind?: DocumentKind;
    visibility: Visibility;
    publicationState: PublicationState;
    distributedToActor?: boolean;
  };
  /** A follow-up item: whether the actor's unit (a liaison's) leads or co-operates on it. */
  followUp?: { actorUnitInvolved: boolean };
};

/** Why a permission is denied: who asks (with the role that would do), or the subject's frozen state. */
export type Denial = { reason: 'role_required'; role?: Role } | { reason: 'meeting_cancelled' };

const EDITORIAL_ROLES: readonly Role[] = ['secretary', 'reviewer', 'leader'];

/**
 * The roles an actor brings to the workflow. A token may write and submit, but never signs: a review step,
 * a publication, a schedule or a withdrawal is a person's act in three-tier review, so the signing roles
 * are withheld from every token, whatever its scope (the API offers none of those acts either). The
 * system actor takes no workflow step at all: the scheduler publishes as the leader who scheduled.
 */
export function workflowRoles(actor: PermissionActor): readonly Role[] {
  if (actor.kind !== 'user') return [];
  return actor.tokenId === undefined ? actor.roles : actor.roles.filter((r) => r === 'secretary');
}

const holds = (actor: PermissionActor, role: Role) => actor.kind === 'user' && actor.roles.includes(role);

/** A person's act through their session: no token, not the system. */
const isPerson = (actor: PermissionActor) => actor.kind === 'user' && actor.tokenId === undefined;

/** The role a workflow action needs; a review step's comes from the chain. */
function workflowRole(action: WorkflowAction, subject: PermissionSubject): Role | undefined {
  switch (action) {
    case 'save':
    case 'restore':
    case 'submit':
    case 'recall':
      return 'secretary';
    case 'approve':
    case 'request_changes':
      return subject.step ? subject.chain?.[subject.step - 1] : undefined;
    case 'publish':
    case 'schedule':
    case 'unschedule':
    case 'withdraw':
      return 'leader';
    case 'import':
      return 'admin';
  }
}

const roleRequired = (role?: Role): Denial => ({ reason: 'role_required', role });

/** A cancelled meeting's records and documents are frozen (its details are not: see 'meeting.update'). */
export const meetingFrozen = (status: MeetingStatus | undefined) => status === 'cancelled';
const frozen = (subject: PermissionSubject) => meetingFrozen(subject.meetingStatus);

/**
 * Why the actor may not take the action on the subject, or null when it may. Anonymous callers (null) may
 * do nothing here: the public site's reads are public and need no permission.
 *
 * The system actor (seed, scheduler, importer, backup) is the installation acting for itself: it may do
 * every administration, record keeping and read, as an administrator and a secretary together, but never a
 * workflow step, an editing lock or anything of an own account, which are a person's. A token acts for its
 * account with its scope's roles, never administers, and never signs (see workflowRoles).
 */
export function denial(
  actor: PermissionActor | null,
  action: PermissionAction,
  subject: PermissionSubject = {},
): Denial | null {
  if (!actor) return roleRequired();
  switch (action) {
    case 'save':
    case 'restore':
    case 'submit':
    case 'approve':
    case 'request_changes':
    case 'publish':
    case 'schedule':
    case 'unschedule':
    case 'withdraw':
    case 'import':
    case 'recall': {
      const role = workflowRole(action, subject);
      if (!role || !workflowRoles(actor).includes(role)) return roleRequired(role);
      if ((action === 'save' || action === 'restore') && frozen(subject))
        return { reason: 'meeting_cancelled' };
      return null;
    }

    case 'meeting.create':
    case 'meeting.update':
      // A cancelled meeting's details stay editable: that is how a cancellation is undone.
      return actor.kind === 'system' || holds(actor, 'secretary') ? null : roleRequired('secretary');
    case 'records.edit':
      if (actor.kind !== 'system' && !holds(actor, 'secretary')) return roleRequired('secretary');
      return frozen(subject) ? { reason: 'meeting_cancelled' } : null;
    case 'document.lock':
      return holds(actor, 'secretary') ? null : roleRequired('secretary');

    case 'meetings.read':
      return isEditorialStaff(actor) ? null : roleRequired();
    case 'document.read': {
      if (isEditorialStaff(actor)) return null;
      const document = subject.document;
      const issuedInternal =
        actor.kind === 'user' &&
        document?.visibility === 'internal' &&
        document.publicationState === 'published';
      if (!issuedInternal) return roleRequired();
      // Issued minutes go to the units on their distribution list, read there by each unit's liaison; any
      // other issued internal document is for everyone signed in.
      if (document.kind === 'minutes')
        return holds(actor, 'unit_liaison') && document.distributedToActor
          ? null
          : roleRequired('unit_liaison');
      return null;
    }
    case 'reviewQueue.read':
      return holds(actor, 'reviewer') || holds(actor, 'leader') ? null : roleRequired();
    case 'tasks.read':
      return holds(actor, 'secretary') ? null : roleRequired('secretary');
    case 'receivedMinutes.read':
      return holds(actor, 'unit_liaison') ? null : roleRequired('unit_liaison');
    case 'account.own':
      return actor.kind === 'user' ? null : roleRequired();
    case 'personalData.override':
      return isPerson(actor) && holds(actor, 'leader') ? null : roleRequired('leader');
    case 'nominations.private':
      return isPerson(actor) && (holds(actor, 'secretary') || holds(actor, 'leader'))
        ? null
        : roleRequired('secretary');

    case 'followUp.read':
      return isEditorialStaff(actor) || holds(actor, 'unit_liaison') ? null : roleRequired();
    case 'followUp.readItem':
      if (isEditorialStaff(actor)) return null;
      return holds(actor, 'unit_liaison') && subject.followUp?.actorUnitInvolved
        ? null
        : roleRequired('unit_liaison');
    case 'followUp.manage':
      if (actor.kind !== 'system' && !(isPerson(actor) && holds(actor, 'secretary')))
        return roleRequired('secretary');
      // A cancelled meeting's follow-up is frozen with its records.
      return frozen(subject) ? { reason: 'meeting_cancelled' } : null;
    case 'followUp.report':
      return isPerson(actor) && holds(actor, 'unit_liaison') && subject.followUp?.actorUnitInvolved
        ? null
        : roleRequired('unit_liaison');
    case 'dashboard.read':
      return holds(actor, 'leader') || holds(actor, 'secretary') ? null : roleRequired('leader');

    case 'users.manage':
    case 'bodies.manage':
    case 'siteSettings.update':
    case 'reviewChains.set':
    case 'apiTokens.manage':
    case 'audit.read':
    case 'releases.import':
    case 'disclosureFigures.read':
      return actor.kind === 'system' || (isPerson(actor) && holds(actor, 'admin'))
        ? null
        : roleRequired('admin');
  }
}

/** Whether the actor may take the action on the subject. */
export const can = (
  actor: PermissionActor | null,
  action: PermissionAction,
  subject?: PermissionSubject,
): boolean => denial(actor, action, subject) === null;

/** Staff who may read every internal document that is not yet issued (and the system itself). */
function isEditorialStaff(actor: PermissionActor): boolean {
  return actor.kind === 'system' || EDITORIAL_ROLES.some((r) => holds(actor, r));
}
