// Who may call each server action, and when. The authorization matrix (e2e/security/authorization.spec.ts)
// calls every action of the build's server-reference manifest as every caller, against subjects in every
// state listed here, and expects success exactly where this table says so. An action missing from this
// table fails that test: add its entry when adding the action.

import { DEMO_BODY, DEMO_SITE_SETTINGS } from '../../db/demo-records';
import { asFile, samplePdf } from '../../test/fixtures/attachment-samples';

/** The demo's site settings as their form sends them: an unticked checkbox is not sent at all. */
export function demoSiteSettingsForm(): Record<string, string> {
  const { translationFirst, followUpReminderDays, ...text } = DEMO_SITE_SETTINGS;
  const fields = { ...text, followUpReminderDays: String(followUpReminderDays) };
  return translationFirst ? { ...fields, translationFirst: 'on' } : fields;
}

/**
 * The callers of the matrix. "secretary" wrote the document; "otherSecretary" is a secretary who did not;
 * "liaison" is a unit's liaison (of no unit the subjects' minutes are issued to).
 */
export const CALLERS = [
  'anonymous',
  'secretary',
  'otherSecretary',
  'reviewer',
  'leader',
  'admin',
  'liaison',
] as const;
export type Caller = (typeof CALLERS)[number];

/** A press release's states, as working state plus publication (the review step for in_review). */
export const DOCUMENT_STATES = [
  'draft',
  'in_review:1',
  'in_review:2',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const MEETING_STATES = ['held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** What the matrix prepared for a cell; each entry's `fields` picks what its form needs. */
export type Subject = {
  meetingId: number;
  /** The meeting's press release. */
  documentId: number;
  /** The press release's current revision (null before the first save). */
  revisionId: number | null;
  /** The press release's first revision, for restoring. */
  firstRevisionId: number | null;
  agendaItemId: number;
  decisionId: number;
  /** The meeting's minutes records: an attendee, an assignment, and units of its body. */
  attendeeId: number;
  assignmentId: number;
  unitIds: number[];
  /** A user other than the caller, for the administrator's actions. */
  targetUserId: number;
  /** A unit and a person of the demo body's directory, for the actions that edit them. */
  unitId: number;
  personId: number;
  /** The caller's own user name and password (for actions on one's own account). */
  ownUsername: string;
  ownPassword: string;
  /** Unique per call, for names that must not repeat. */
  unique: string;
};

/** A subject that names nothing yet: the callers fill in what their action needs. */
export const emptySubject = (): Subject => ({
  meetingId: 0,
  documentId: 0,
  revisionId: null,
  firstRevisionId: null,
  agendaItemId: 0,
  decisionId: 0,
  attendeeId: 0,
  assignmentId: 0,
  unitIds: [],
  targetUserId: 0,
  unitId: 0,
  personId: 0,
  ownUsername: '',
  ownPassword: '',
  unique: '',
});

type Fields = (s: Subject) => Record<string, string | Blob>;

export type ActionPolicy =
  /** Acts on a press release: who succeeds in each state (a state not listed: nobody). */
  | { subject: 'document'; allowed: Partial<Record<DocumentState, readonly Caller[]>>; fields: Fields }
  /** Acts on a meeting or its records: who succeeds in each meeting state. */
  | {
      subject: 'meeting';
      allowed: Partial<Record<MeetingState, readonly Caller[]>>;
      fields: Fields;
      /** Acts on the minutes' records: the meeting is the demo body's, with an attendee and an assignment. */
      minutesRecords?: true;
    }
  /**
   * Acts on no document: creates something, administers another user, the site, or the caller's own
   * account. `endsSession`: a success ends the caller's session, so each such cell gets a new account.
   */
  | {
      subject: 'none' | 'user' | 'self';
      allowed: readonly Caller[];
      fields: Fields;
      endsSession?: boolean;
      /** The subject names a unit and a person of the demo body's directory, made before the calls. */
      directory?: boolean;
      /** Callers whose outcome is not judged (both answers are harmless), though still tried. */
      eitherWay?: readonly Caller[];
    };

const SECRETARIES = ['secretary', 'otherSecretary'] as const;
const EVERY_SIGNED_IN = ['secretary', 'otherSecretary', 'reviewer', 'leader', 'admin', 'liaison'] as const;
const EDITORIAL = ['secretary', 'otherSecretary', 'reviewer', 'leader'] as const;
// Text in review or approved is recalled before it is edited (a save there is refused).
const EDITABLE_STATES = ['draft', 'published', 'withdrawn'] as const;
// The editing lock is a secretary's whatever the state (it guards the editor, not the workflow).
const LOCKABLE_STATES = [
  'draft',
  'in_review:1',
  'in_review:2',
  'approved',
  'published',
  'withdrawn',
] as const;
const each = <T extends string>(states: readonly T[], callers: readonly Caller[]) =>
  Object.fromEntries(states.map((s) => [s, callers])) as Partial<Record<T, readonly Caller[]>>;

/** A release as the provincial site shows it, for the import actions. */
const ARCHIVED_RELEASE = {
  'fileName[]': 'archived-release-2019.txt',
  'text[]': [
    'Open Governance',
    "Yin Li Chairs Executive Meeting of the People's Government of Sichuan Province",
    '',
    "On January 7, Yin Li, Governor of Sichuan Province, presided over the 3rd Executive Meeting of the People's Government of Sichuan Province to study the work of the year.",
    '',
    'The Executive Meeting deliberated and adopted the Measures of Sichuan Province for Keeping Archives.',
    '',
  ].join('\n'),
  year: '2019',
};

/** A month from now, as the token form's date field sends it. */
const TOKEN_EXPIRY = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const agendaItem = (s: Subject) => ({
  meetingId: String(s.meetingId),
  kind: 'hear_report',
  title: `Agenda item ${s.unique}`,
});
const decision = (s: Subject) => ({
  meetingId: String(s.meetingId),
  title: `Decision ${s.unique}`,
  kind: 'notice',
  outcome: 'adopted',
  agendaItemId: '',
});
const meeting = (s: Subject) => ({
  sessionNumber: '7',
  heldOn: '2026-03-04',
  chairName: `Chair ${s.unique}`,
  status: 'held',
});
const documentId = (s: Subject) => String(s.documentId);
const newPassword = (s: Subject) => `${s.unique}-new-password`;

/** Keyed by "file#exportedName", as the server-reference manifest names actions. */
export const ACTION_POLICY: Record<string, ActionPolicy> = {
  'actions/add-agenda-item.ts#addAgendaItem': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: agendaItem,
  },
  'actions/update-agenda-item.ts#updateAgendaItem': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ ...agendaItem(s), id: String(s.agendaItemId) }),
  },
  'actions/move-agenda-item.ts#moveAgendaItem': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), id: String(s.agendaItemId), direction: 'down' }),
  },
  'actions/remove-agenda-item.ts#removeAgendaItem': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), itemId: String(s.agendaItemId) }),
  },
  'actions/add-decision.ts#addDecision': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: decision,
  },
  'actions/update-decision.ts#updateDecision': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ ...decision(s), id: String(s.decisionId) }),
  },
  'actions/move-decision.ts#moveDecision': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), id: String(s.decisionId), direction: 'down' }),
  },
  'actions/remove-decision.ts#removeDecision': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), decisionId: String(s.decisionId) }),
  },
  // A list's entries (the subject's first decision is a nomination list): the secretariat's records.
  'actions/add-nomination-entry.ts#addNominationEntry': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      decisionId: String(s.decisionId),
      name: `Nominee ${s.unique}`,
      idNumber: `Private ${s.unique}`,
    }),
  },
  // Removing an entry already gone is no error: the entry named here never existed.
  'actions/remove-nomination-entry.ts#removeNominationEntry': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      decisionId: String(s.decisionId),
      entryId: '999999999',
    }),
  },
  'actions/set-list-disclosure.ts#setListDisclosure': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      decisionId: String(s.decisionId),
      disclosure: 'names_only',
    }),
  },
  // The minutes' records: the secretariat's, like the agenda, and frozen with a cancelled meeting.
  'actions/add-attendee.ts#addAttendee': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      role: 'absent',
      nameZh: `请假 ${s.unique}`,
      reasonZh: '因公出差',
      unitId: String(s.unitIds[0] ?? ''),
    }),
  },
  'actions/remove-attendee.ts#removeAttendee': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), attendeeId: String(s.attendeeId) }),
  },
  'actions/record-item-outcome.ts#recordItemOutcome': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      agendaItemId: String(s.agendaItemId),
      deliberation: `Heard ${s.unique}`,
      conclusion: 'agreed',
    }),
  },
  'actions/add-assignment.ts#addAssignment': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      agendaItemId: String(s.agendaItemId),
      task: `draw up the rules ${s.unique}`,
      leadUnitId: String(s.unitIds[0] ?? ''),
      'coUnitIds[]': String(s.unitIds[1] ?? ''),
      deadline: '2024-03-31',
    }),
  },
  'actions/remove-assignment.ts#removeAssignment': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), assignmentId: String(s.assignmentId) }),
  },
  // Follow-up items. The subject's assignment is a follow-up item led by a unit no matrix caller speaks
  // for: the liaison (of no unit) may not report on it, nor ask for its extension; nobody else reports.
  'actions/create-follow-up-item.ts#createFollowUpItem': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      from: `agenda:${s.agendaItemId}`,
      task: `publish the rules ${s.unique}`,
      leadUnitId: String(s.unitIds[0] ?? ''),
      deadline: '2031-03-31',
      reportCycle: 'monthly',
      disclosed: 'on',
    }),
  },
  'actions/update-follow-up-settings.ts#updateFollowUpSettings': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      itemId: String(s.assignmentId),
      responsibleLeader: `Leader ${s.unique}`,
      reportCycle: 'quarterly',
    }),
  },
  'actions/file-progress-report.ts#fileProgressReport': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: {},
    fields: (s) => ({ itemId: String(s.assignmentId), text: `Reported ${s.unique}`, percent: '30' }),
  },
  'actions/request-extension.ts#requestExtension': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: {},
    fields: (s) => ({
      itemId: String(s.assignmentId),
      deadline: '2031-12-31',
      reason: `More time ${s.unique}`,
    }),
  },
  'actions/confirm-completion.ts#confirmCompletion': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({ itemId: String(s.assignmentId), comment: `Checked ${s.unique}` }),
  },
  'actions/cancel-follow-up-item.ts#cancelFollowUpItem': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({ itemId: String(s.assignmentId), reason: `Superseded ${s.unique}` }),
  },
  // Answering needs an extension asked for, which the demo's first item may or may not have when the matrix
  // runs: a secretary's answer is not judged; everyone else is refused before the item is read.
  'actions/answer-extension.ts#answerExtension': {
    subject: 'none',
    allowed: [],
    eitherWay: SECRETARIES,
    fields: () => ({ itemId: '1', answer: 'refuse', comment: 'Not now' }),
  },
  'actions/set-minutes-distribution.ts#setMinutesDistribution': {
    subject: 'meeting',
    minutesRecords: true,
    allowed: { held: SECRETARIES },
    fields: (s) => ({
      meetingId: String(s.meetingId),
      classification: 'restricted',
      'unitId[]': String(s.unitIds[0] ?? ''),
      'kind[]': 'main',
    }),
  },
  // A cancelled meeting's details stay editable: that is how a cancellation is undone.
  'actions/update-meeting.ts#updateMeeting': {
    subject: 'meeting',
    allowed: { held: SECRETARIES, cancelled: SECRETARIES },
    fields: (s) => ({ ...meeting(s), meetingId: String(s.meetingId) }),
  },
  // Issuing a decision's policy document and writing its interpretation edit the meeting's records (both
  // answer with the existing document when asked again).
  'actions/issue-document.ts#issueDocument': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), decisionId: String(s.decisionId) }),
  },
  'actions/create-interpretation.ts#createInterpretation': {
    subject: 'meeting',
    allowed: { held: SECRETARIES },
    fields: (s) => ({ meetingId: String(s.meetingId), decisionId: String(s.decisionId) }),
  },
  'actions/create-meeting.ts#createMeeting': {
    subject: 'none',
    allowed: SECRETARIES,
    fields: (s) => ({ ...meeting(s), bodyId: '1' }),
  },

  // The workflow: the transition table in domain/workflow.ts, reached through the actions.
  'actions/save-revision.ts#saveRevision': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({
      documentId: documentId(s),
      baseRevisionId: String(s.revisionId ?? ''),
      headline: `Headline ${s.unique}`,
      body: `Body ${s.unique}`,
    }),
  },
  // Attaching or removing a file saves a new revision, so it is a save's: the subject carries one file
  // (released with it), attached after its first revision; removing takes the first in the list.
  'actions/attach-file.ts#attachFile': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({
      documentId: documentId(s),
      baseRevisionId: String(s.revisionId ?? ''),
      file: asFile(samplePdf(`matrix ${s.unique}`), `matrix-${s.unique}.pdf`, 'application/pdf'),
    }),
  },
  'actions/remove-attachment.ts#removeAttachment': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({
      documentId: documentId(s),
      baseRevisionId: String(s.revisionId ?? ''),
      position: '1',
    }),
  },
  'actions/restore-revision.ts#restoreRevision': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({
      documentId: documentId(s),
      revisionId: String(s.firstRevisionId),
      baseRevisionId: String(s.revisionId ?? ''),
    }),
  },
  'actions/draft-release-from-records.ts#draftReleaseFromRecords': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({ documentId: documentId(s), baseRevisionId: String(s.revisionId ?? '') }),
  },
  // The editing lock is advisory and independent of the workflow state.
  'actions/take-over-editing.ts#takeOverEditing': {
    subject: 'document',
    allowed: each([...LOCKABLE_STATES, 'scheduled'], SECRETARIES),
    fields: (s) => ({ documentId: documentId(s) }),
  },
  // A withdrawn release is back in draft: it returns only through a new review cycle.
  'actions/submit-for-review.ts#submitForReview': {
    subject: 'document',
    allowed: { draft: SECRETARIES, withdrawn: SECRETARIES },
    fields: (s) => ({ documentId: documentId(s) }),
  },
  'actions/recall-document.ts#recallDocument': {
    subject: 'document',
    allowed: each(['in_review:1', 'in_review:2', 'approved'] as const, SECRETARIES),
    fields: (s) => ({ documentId: documentId(s) }),
  },
  // The press release's chain: a reviewer signs step 1, a leader step 2 (four-eyes: never its author).
  'actions/approve-step.ts#approveStep': {
    subject: 'document',
    allowed: { 'in_review:1': ['reviewer'], 'in_review:2': ['leader'] },
    // The first step carries the confidentiality statement, which its signer confirms.
    fields: (s) => ({ documentId: documentId(s), revisionId: String(s.revisionId), confidentiality: 'on' }),
  },
  'actions/request-changes.ts#requestChanges': {
    subject: 'document',
    allowed: { 'in_review:1': ['reviewer'], 'in_review:2': ['leader'] },
    fields: (s) => ({ documentId: documentId(s), comment: `Please change ${s.unique}` }),
  },
  // Masking saves a revision like any save; the matrix's release holds no personal data, so "all" finds
  // nothing to mask, which those who may edit are told and the others are refused.
  'actions/mask-personal-data.ts#maskPersonalData': {
    subject: 'document',
    allowed: each(EDITABLE_STATES, SECRETARIES),
    fields: (s) => ({ documentId: documentId(s), revisionId: String(s.revisionId ?? 0), finding: 'all' }),
  },
  // A leader's, in any state; the finding named is not in the text, so nothing is recorded.
  'actions/override-personal-data.ts#overridePersonalData': {
    subject: 'document',
    allowed: each(DOCUMENT_STATES, ['leader']),
    fields: (s) => ({
      documentId: documentId(s),
      revisionId: String(s.revisionId ?? 0),
      finding: 'resident_id:0-18@body',
      reason: `Reason ${s.unique}`,
    }),
  },
  'actions/publish-document.ts#publishDocument': {
    subject: 'document',
    allowed: { approved: ['leader'], scheduled: ['leader'] },
    fields: (s) => ({ documentId: documentId(s) }),
  },
  'actions/schedule-document.ts#scheduleDocument': {
    subject: 'document',
    allowed: { approved: ['leader'] },
    fields: (s) => ({ documentId: documentId(s), at: '2099-06-01T09:00' }),
  },
  'actions/unschedule-document.ts#unscheduleDocument': {
    subject: 'document',
    allowed: { scheduled: ['leader'] },
    fields: (s) => ({ documentId: documentId(s) }),
  },
  'actions/withdraw-document.ts#withdrawDocument': {
    subject: 'document',
    allowed: { published: ['leader'] },
    fields: (s) => ({ documentId: documentId(s), reason: `Withdrawn ${s.unique}` }),
  },

  // An issued document's catalogue fields and the policy's publication with its interpretation: the matrix's
  // press release is neither, so everyone is refused (their rules: data/issued-documents.test.ts).
  'actions/save-catalogue.ts#saveCatalogue': {
    subject: 'document',
    allowed: {},
    fields: (s) => ({
      documentId: documentId(s),
      baseRevisionId: String(s.revisionId ?? ''),
      documentNumber: '川府发〔2024〕9号',
      disclosure: 'proactive',
    }),
  },
  'actions/publish-with-interpretation.ts#publishWithInterpretation': {
    subject: 'document',
    allowed: {},
    fields: (s) => ({ documentId: documentId(s) }),
  },

  // Importing published releases: the browser sends each file's name and text. An old meeting of its own,
  // so the first call imports it and every later one finds it already imported (both succeed).
  'actions/preview-release-import.ts#previewReleaseImport': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ARCHIVED_RELEASE,
  },
  'actions/import-releases.ts#importReleases': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ARCHIVED_RELEASE,
  },

  // Administration.
  'actions/create-body.ts#createBody': {
    subject: 'none',
    allowed: ['admin'],
    // Its English names are required of an English-original body (a new body is Chinese-original by default).
    fields: (s) => ({ originalLanguage: 'en', name: `Body ${s.unique}`, meetingName: 'Executive Meeting' }),
  },
  'actions/create-user.ts#createUser': {
    subject: 'none',
    allowed: ['admin'],
    fields: (s) => ({
      username: `m-${s.unique}`,
      displayName: `User ${s.unique}`,
      password: newPassword(s),
      'roles[]': 'reviewer',
    }),
  },
  'actions/set-user-roles.ts#setUserRoles': {
    subject: 'user',
    allowed: ['admin'],
    fields: (s) => ({ userId: String(s.targetUserId), 'roles[]': 'leader' }),
  },
  'actions/set-user-disabled.ts#setUserDisabled': {
    subject: 'user',
    allowed: ['admin'],
    fields: (s) => ({ userId: String(s.targetUserId), disabled: 'true' }),
  },
  'actions/reset-user-password.ts#resetUserPassword': {
    subject: 'user',
    allowed: ['admin'],
    fields: (s) => ({ userId: String(s.targetUserId), password: newPassword(s) }),
  },
  // API tokens: the target account holds the reviewer role, so a token scoped to it can be issued.
  'actions/issue-api-token.ts#issueApiToken': {
    subject: 'user',
    allowed: ['admin'],
    fields: (s) => ({
      name: `Token ${s.unique}`,
      userId: String(s.targetUserId),
      'roles[]': 'reviewer',
      expiresOn: TOKEN_EXPIRY,
    }),
  },
  // The subject names no token: an administrator's revoke of token 1 succeeds once any token was issued
  // (the row above issues one, in parallel), so only the refusal of everyone else is judged.
  'actions/revoke-api-token.ts#revokeApiToken': {
    subject: 'none',
    allowed: ['admin'],
    eitherWay: ['admin'],
    fields: () => ({ tokenId: '1' }),
  },
  // Saved unchanged (the demo's body names, chain and footer), so nothing else sees a difference.
  'actions/update-body.ts#updateBody': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ({
      bodyId: '1',
      name: DEMO_BODY.name,
      nameZh: DEMO_BODY.nameZh,
      meetingName: DEMO_BODY.meetingName,
      meetingNameZh: DEMO_BODY.meetingNameZh,
    }),
  },
  // The demo body's directory, and a user's unit.
  'actions/add-unit.ts#addUnit': {
    subject: 'none',
    allowed: ['admin'],
    fields: (s) => ({ bodyId: '1', name: `Unit ${s.unique}`, nameZh: '' }),
  },
  'actions/update-unit.ts#updateUnit': {
    subject: 'none',
    allowed: ['admin'],
    directory: true,
    fields: (s) => ({ unitId: String(s.unitId), name: `Unit ${s.unique}`, nameZh: '' }),
  },
  'actions/add-person.ts#addPerson': {
    subject: 'none',
    allowed: ['admin'],
    fields: (s) => ({ bodyId: '1', name: `Person ${s.unique}`, title: 'Director', unitId: '' }),
  },
  'actions/update-person.ts#updatePerson': {
    subject: 'none',
    allowed: ['admin'],
    directory: true,
    fields: (s) => ({
      personId: String(s.personId),
      name: `Person ${s.unique}`,
      title: 'Director',
      unitId: String(s.unitId),
    }),
  },
  'actions/set-user-unit.ts#setUserUnit': {
    subject: 'user',
    allowed: ['admin'],
    directory: true,
    fields: (s) => ({ userId: String(s.targetUserId), unitId: String(s.unitId) }),
  },
  'actions/set-review-chain.ts#setReviewChain': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ({ kind: 'agenda', language: 'zh', step1: 'leader', step2: '', step3: '' }),
  },
  'actions/set-confidentiality-rule.ts#setConfidentialityRule': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ({ kind: 'press_release', required: 'on', step: '1' }),
  },
  'actions/set-protected-names.ts#setProtectedNames': {
    subject: 'none',
    allowed: ['admin'],
    fields: () => ({ names: '' }),
  },
  'actions/update-site-settings.ts#updateSiteSettings': {
    subject: 'none',
    allowed: ['admin'],
    fields: demoSiteSettingsForm,
  },

  // One's own account: every signed-in user.
  'actions/set-own-locale.ts#setOwnLocale': {
    subject: 'self',
    allowed: EVERY_SIGNED_IN,
    fields: () => ({ locale: 'en' }),
  },
  'actions/mark-notifications-read.ts#markNotificationsRead': {
    subject: 'self',
    allowed: EVERY_SIGNED_IN,
    fields: () => ({}),
  },
  'actions/change-own-password.ts#changeOwnPassword': {
    subject: 'self',
    allowed: EVERY_SIGNED_IN,
    endsSession: true,
    fields: (s) => ({ current: s.ownPassword, next: newPassword(s), confirm: newPassword(s) }),
  },
  // Signing out without a live session only clears a dead cookie, whatever it answers.
  'actions/sign-out.ts#signOutUser': {
    subject: 'self',
    allowed: EVERY_SIGNED_IN,
    eitherWay: ['anonymous'],
    endsSession: true,
    fields: () => ({}),
  },
  // Signing in is open to anyone who knows a password; here the caller's own.
  'actions/sign-in.ts#signInWithPassword': {
    subject: 'self',
    allowed: ['anonymous', ...EVERY_SIGNED_IN],
    endsSession: true,
    fields: (s) => ({ username: s.ownUsername, password: s.ownPassword, callbackUrl: '/account' }),
  },
};

/** What the page and route checks prepared: a meeting whose release has two revisions and whose minutes one. */
export type PageSubject = {
  meetingId: number;
  documentId: number;
  minutesId: number;
  firstRevisionId: number;
  revisionId: number;
  /** A file attached to the (draft) release's current revision. */
  attachmentId: number;
};

/**
 * Who may open each workspace page of the build (app-paths-manifest names). Anyone else is sent to sign in
 * (signed out), elsewhere, or shown "not found", never the page. A workspace page missing here fails the
 * page check: add its entry when adding the page.
 */
export const PAGE_POLICY: Record<string, { path: (s: PageSubject) => string; allowed: readonly Caller[] }> = {
  '/(staff)/(workspace)/account/page': { path: () => '/account', allowed: EVERY_SIGNED_IN },
  '/(staff)/(workspace)/notifications/page': { path: () => '/notifications', allowed: EVERY_SIGNED_IN },
  '/(staff)/(workspace)/tasks/page': { path: () => '/tasks', allowed: EVERY_SIGNED_IN },
  '/(staff)/(workspace)/review/page': { path: () => '/review', allowed: EVERY_SIGNED_IN },
  '/(staff)/(workspace)/received/page': { path: () => '/received', allowed: ['liaison'] },
  // The subject's minutes are not issued: staff read their draft, no unit's liaison reads them.
  '/(staff)/(workspace)/received/[documentId]/page': {
    path: (s) => `/received/${s.minutesId}`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/follow-up/page': { path: () => '/follow-up', allowed: [...EDITORIAL, 'liaison'] },
  // The demo's first follow-up item, led by a unit the matrix's liaison (of no unit) does not speak for.
  '/(staff)/(workspace)/follow-up/[id]/page': { path: () => '/follow-up/1', allowed: EDITORIAL },
  '/(staff)/(workspace)/follow-up/notice/[meetingId]/page': {
    path: (s) => `/follow-up/notice/${s.meetingId}`,
    allowed: SECRETARIES,
  },
  '/(staff)/(workspace)/dashboard/page': {
    path: () => '/dashboard',
    allowed: ['secretary', 'otherSecretary', 'leader'],
  },
  '/(staff)/(workspace)/meetings/page': { path: () => '/meetings', allowed: EDITORIAL },
  '/(staff)/(workspace)/meetings/new/page': { path: () => '/meetings/new', allowed: EDITORIAL },
  '/(staff)/(workspace)/meetings/[id]/page': { path: (s) => `/meetings/${s.meetingId}`, allowed: EDITORIAL },
  '/(staff)/(workspace)/meetings/[id]/agenda/page': {
    path: (s) => `/meetings/${s.meetingId}/agenda`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/meetings/[id]/minutes/page': {
    path: (s) => `/meetings/${s.meetingId}/minutes`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/meetings/[id]/minutes/records/page': {
    path: (s) => `/meetings/${s.meetingId}/minutes/records`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/meetings/[id]/minutes/print/page': {
    path: (s) => `/meetings/${s.meetingId}/minutes/print`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/meetings/[id]/release/page': {
    path: (s) => `/meetings/${s.meetingId}/release`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/meetings/[id]/history/page': {
    path: (s) => `/meetings/${s.meetingId}/history`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/review/[documentId]/page': {
    path: (s) => `/review/${s.documentId}`,
    allowed: EDITORIAL,
  },
  '/(staff)/(workspace)/documents/[documentId]/compare/page': {
    path: (s) => `/documents/${s.documentId}/compare?from=${s.firstRevisionId}&to=${s.revisionId}`,
    allowed: EDITORIAL,
  },
  // The demo's Chinese policy document (the demo's fifth document: after the agenda, the minutes and the two
  // releases), published: every editorial caller reads it.
  '/(staff)/(workspace)/documents/[documentId]/page': { path: () => '/documents/5', allowed: EDITORIAL },
  '/(staff)/(workspace)/admin/audit/page': { path: () => '/admin/audit', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/disclosure/page': {
    path: () => '/admin/disclosure?year=2024',
    allowed: ['admin'],
  },
  '/(staff)/(workspace)/admin/cache/page': { path: () => '/admin/cache', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/bodies/page': { path: () => '/admin/bodies', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/bodies/[id]/page': { path: () => '/admin/bodies/1', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/review-chains/page': { path: () => '/admin/review-chains', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/settings/page': { path: () => '/admin/settings', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/users/page': { path: () => '/admin/users', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/tokens/page': { path: () => '/admin/tokens', allowed: ['admin'] },
  '/(staff)/(workspace)/admin/import/page': { path: () => '/admin/import', allowed: ['admin'] },
};

const everyone = (status: number) =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Record<Caller, number>;

/**
 * Route handlers: the request each caller makes and the status each gets. Public ones answer everyone.
 * A route handler of the build missing here fails the check.
 */
export const ROUTE_POLICY: Record<
  string,
  {
    method: 'GET' | 'POST' | 'PUT';
    path: (s: PageSubject) => string;
    body?: unknown;
    /** The status for each caller; "public" answers 200 to all. */
    status: Record<Caller, number> | 'public';
  }
> = {
  '/api/admin/audit-export/route': {
    method: 'GET',
    path: () => '/api/admin/audit-export',
    status: {
      anonymous: 401,
      secretary: 403,
      otherSecretary: 403,
      reviewer: 403,
      leader: 403,
      admin: 200,
      liaison: 403,
    },
  },
  '/api/admin/disclosure-figures/route': {
    method: 'GET',
    path: () => '/api/admin/disclosure-figures?year=2024',
    status: {
      anonymous: 401,
      secretary: 403,
      otherSecretary: 403,
      reviewer: 403,
      leader: 403,
      admin: 200,
      liaison: 403,
    },
  },
  // The minutes' PDF: staff read the draft (marked as one); no unit has been issued them.
  '/api/documents/[id]/pdf/route': {
    method: 'GET',
    path: (s) => `/api/documents/${s.minutesId}/pdf`,
    status: {
      anonymous: 401,
      secretary: 200,
      otherSecretary: 200,
      reviewer: 200,
      leader: 200,
      admin: 403,
      liaison: 403,
    },
  },
  // A file of any revision, to staff who may read the release (a draft here).
  '/api/documents/[id]/attachments/[attachmentId]/route': {
    method: 'GET',
    path: (s) => `/api/documents/${s.documentId}/attachments/${s.attachmentId}`,
    status: {
      anonymous: 401,
      secretary: 200,
      otherSecretary: 200,
      reviewer: 200,
      leader: 200,
      admin: 403,
      liaison: 403,
    },
  },
  // The public address of a file: the release is a draft, so its files are unknown to all.
  '/files/[documentId]/[hash]/[name]/route': {
    method: 'GET',
    path: (s) => `/files/${s.documentId}/0123456789abcdef/matrix.pdf`,
    status: everyone(404),
  },
  '/api/documents/[id]/editing/route': {
    method: 'POST',
    path: (s) => `/api/documents/${s.documentId}/editing`,
    body: { heartbeat: true },
    status: {
      anonymous: 401,
      secretary: 200,
      otherSecretary: 200,
      reviewer: 403,
      leader: 403,
      admin: 403,
      liaison: 403,
    },
  },
  // Only this server's own ticker, which holds a token nobody else has.
  '/api/internal/publish-due/route': {
    method: 'POST',
    path: () => '/api/internal/publish-due',
    status: {
      anonymous: 403,
      secretary: 403,
      otherSecretary: 403,
      reviewer: 403,
      leader: 403,
      admin: 403,
      liaison: 403,
    },
  },
  '/api/internal/revalidate/route': {
    method: 'POST',
    path: () => '/api/internal/revalidate',
    status: {
      anonymous: 403,
      secretary: 403,
      otherSecretary: 403,
      reviewer: 403,
      leader: 403,
      admin: 403,
      liaison: 403,
    },
  },
  '/api/auth/[...nextauth]/route': { method: 'GET', path: () => '/api/auth/session', status: 'public' },
  '/feed.xml/route': { method: 'GET', path: () => '/feed.xml', status: 'public' },
  '/rss.xml/route': { method: 'GET', path: () => '/rss.xml', status: 'public' },
  '/(public)/[lang]/feed.xml/route': { method: 'GET', path: () => '/zh/feed.xml', status: 'public' },
  '/(public)/[lang]/rss.xml/route': { method: 'GET', path: () => '/zh/rss.xml', status: 'public' },
  '/(public)/[lang]/progress/feed.xml/route': {
    method: 'GET',
    path: () => '/zh/progress/feed.xml',
    status: 'public',
  },
  '/(public)/[lang]/emblem/route': { method: 'GET', path: () => '/emblem', status: 'public' },
  '/robots.txt/route': { method: 'GET', path: () => '/robots.txt', status: 'public' },
  '/sitemap.xml/route': { method: 'GET', path: () => '/sitemap.xml', status: 'public' },
  '/sitemaps/[file]/route': { method: 'GET', path: () => '/sitemaps/pages.xml', status: 'public' },
  '/favicon.ico/route': { method: 'GET', path: () => '/favicon.ico', status: 'public' },
  // Open data: public. The subject's release is a draft, so its release and meeting are unknown to all.
  '/api/v1/openapi.json/route': { method: 'GET', path: () => '/api/v1/openapi.json', status: 'public' },
  '/api/v1/releases/route': { method: 'GET', path: () => '/api/v1/releases', status: 'public' },
  '/api/v1/releases/[id]/route': {
    method: 'GET',
    path: (s) => `/api/v1/releases/${s.documentId}`,
    status: everyone(404),
  },
  '/api/v1/meetings/[id]/route': {
    method: 'GET',
    path: (s) => `/api/v1/meetings/${s.meetingId}`,
    status: everyone(404),
  },
  // The integration API takes an API token only: a session cookie, whoever's, counts for nothing.
  '/api/v1/meetings/route': {
    method: 'POST',
    path: () => '/api/v1/meetings',
    body: {},
    status: everyone(401),
  },
  '/api/v1/meetings/[id]/agenda-items/route': {
    method: 'POST',
    path: (s) => `/api/v1/meetings/${s.meetingId}/agenda-items`,
    body: {},
    status: everyone(401),
  },
  '/api/v1/meetings/[id]/decisions/route': {
    method: 'POST',
    path: (s) => `/api/v1/meetings/${s.meetingId}/decisions`,
    body: {},
    status: everyone(401),
  },
  '/api/v1/documents/[id]/draft/route': {
    method: 'PUT',
    path: (s) => `/api/v1/documents/${s.documentId}/draft`,
    body: {},
    status: everyone(401),
  },
  '/api/v1/documents/[id]/submit/route': {
    method: 'POST',
    path: (s) => `/api/v1/documents/${s.documentId}/submit`,
    status: everyone(401),
  },
};
