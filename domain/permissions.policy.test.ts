import { describe, expect, it } from 'vitest';
import {
  ACTION_POLICY,
  CALLERS,
  DOCUMENT_STATES,
  MEETING_STATES,
  PAGE_POLICY,
  ROUTE_POLICY,
  type ActionPolicy,
  type Caller,
  type DocumentState as PolicyState,
} from '../e2e/support/action-policy';
import { can, workflowRoles, type PermissionAction, type PermissionActor } from './permissions';
import { decide, type DocumentState, type WorkflowAction } from './workflow';

// The end-to-end authorization matrix (e2e/security/authorization.spec.ts) calls every server action as
// every caller, against subjects in every state, and expects success exactly where its table
// (e2e/support/action-policy.ts) says so. Here the same table is checked against can() and the transition
// table that asks it, cell by cell: the rules are written once, in domain/, and the table tests them twice.

/** The callers as the matrix signs them in: one account per role, the "secretary" wrote the release. */
const ACTORS: Record<Caller, PermissionActor | null> = {
  anonymous: null,
  secretary: { kind: 'user', roles: ['secretary'] },
  otherSecretary: { kind: 'user', roles: ['secretary'] },
  reviewer: { kind: 'user', roles: ['reviewer'] },
  leader: { kind: 'user', roles: ['leader'] },
  admin: { kind: 'user', roles: ['admin'] },
  liaison: { kind: 'user', roles: ['unit_liaison'] },
};

/** The matrix's press release: the demo chain, a reviewer signing step 1 and a leader step 2. */
const CHAIN = ['reviewer', 'leader'] as const;

const STATES: Record<PolicyState, DocumentState> = {
  draft: { working: 'draft', step: null, publication: 'none' },
  'in_review:1': { working: 'in_review', step: 1, publication: 'none' },
  'in_review:2': { working: 'in_review', step: 2, publication: 'none' },
  approved: { working: 'approved', step: null, publication: 'none' },
  scheduled: { working: 'scheduled', step: null, publication: 'none' },
  published: { working: 'published', step: null, publication: 'published' },
  withdrawn: { working: 'draft', step: null, publication: 'withdrawn' },
};

/** What each server action asks: a workflow step of the release, or a permission with no document state. */
type Asks =
  | { workflow: WorkflowAction }
  | { permission: PermissionAction }
  | 'anyone'
  /**
   * Acts only on an issued document (policy document or interpretation), which the matrix's press release is
   * not: it refuses everyone there (its own rules are tested in data/issued-documents.test.ts).
   */
  | 'issuedDocumentsOnly';

const ASKS: Record<string, Asks> = {
  'actions/add-agenda-item.ts#addAgendaItem': { permission: 'records.edit' },
  'actions/update-agenda-item.ts#updateAgendaItem': { permission: 'records.edit' },
  'actions/move-agenda-item.ts#moveAgendaItem': { permission: 'records.edit' },
  'actions/remove-agenda-item.ts#removeAgendaItem': { permission: 'records.edit' },
  'actions/add-decision.ts#addDecision': { permission: 'records.edit' },
  'actions/update-decision.ts#updateDecision': { permission: 'records.edit' },
  'actions/move-decision.ts#moveDecision': { permission: 'records.edit' },
  'actions/remove-decision.ts#removeDecision': { permission: 'records.edit' },
  'actions/add-nomination-entry.ts#addNominationEntry': { permission: 'records.edit' },
  'actions/remove-nomination-entry.ts#removeNominationEntry': { permission: 'records.edit' },
  'actions/set-list-disclosure.ts#setListDisclosure': { permission: 'records.edit' },
  'actions/add-attendee.ts#addAttendee': { permission: 'records.edit' },
  'actions/remove-attendee.ts#removeAttendee': { permission: 'records.edit' },
  'actions/record-item-outcome.ts#recordItemOutcome': { permission: 'records.edit' },
  'actions/add-assignment.ts#addAssignment': { permission: 'records.edit' },
  'actions/remove-assignment.ts#removeAssignment': { permission: 'records.edit' },
  'actions/set-minutes-distribution.ts#setMinutesDistribution': { permission: 'records.edit' },
  'actions/create-follow-up-item.ts#createFollowUpItem': { permission: 'followUp.manage' },
  'actions/update-follow-up-settings.ts#updateFollowUpSettings': { permission: 'followUp.manage' },
  'actions/file-progress-report.ts#fileProgressReport': { permission: 'followUp.report' },
  'actions/request-extension.ts#requestExtension': { permission: 'followUp.report' },
  'actions/confirm-completion.ts#confirmCompletion': { permission: 'followUp.manage' },
  'actions/cancel-follow-up-item.ts#cancelFollowUpItem': { permission: 'followUp.manage' },
  'actions/answer-extension.ts#answerExtension': { permission: 'followUp.manage' },
  'actions/update-meeting.ts#updateMeeting': { permission: 'meeting.update' },
  'actions/create-meeting.ts#createMeeting': { permission: 'meeting.create' },
  'actions/save-revision.ts#saveRevision': { workflow: 'save' },
  'actions/restore-revision.ts#restoreRevision': { workflow: 'restore' },
  'actions/attach-file.ts#attachFile': { workflow: 'save' },
  'actions/remove-attachment.ts#removeAttachment': { workflow: 'save' },
  // Drafting from the records saves a revision like any save.
  'actions/draft-release-from-records.ts#draftReleaseFromRecords': { workflow: 'save' },
  'actions/take-over-editing.ts#takeOverEditing': { permission: 'document.lock' },
  'actions/submit-for-review.ts#submitForReview': { workflow: 'submit' },
  'actions/recall-document.ts#recallDocument': { workflow: 'recall' },
  'actions/approve-step.ts#approveStep': { workflow: 'approve' },
  'actions/request-changes.ts#requestChanges': { workflow: 'request_changes' },
  'actions/publish-document.ts#publishDocument': { workflow: 'publish' },
  'actions/mask-personal-data.ts#maskPersonalData': { workflow: 'save' },
  'actions/override-personal-data.ts#overridePersonalData': { permission: 'personalData.override' },
  'actions/schedule-document.ts#scheduleDocument': { workflow: 'schedule' },
  'actions/unschedule-document.ts#unscheduleDocument': { workflow: 'unschedule' },
  'actions/withdraw-document.ts#withdrawDocument': { workflow: 'withdraw' },
  'actions/preview-release-import.ts#previewReleaseImport': { permission: 'releases.import' },
  'actions/import-releases.ts#importReleases': { permission: 'releases.import' },
  'actions/create-body.ts#createBody': { permission: 'bodies.manage' },
  'actions/update-body.ts#updateBody': { permission: 'bodies.manage' },
  'actions/add-unit.ts#addUnit': { permission: 'bodies.manage' },
  'actions/update-unit.ts#updateUnit': { permission: 'bodies.manage' },
  'actions/add-person.ts#addPerson': { permission: 'bodies.manage' },
  'actions/update-person.ts#updatePerson': { permission: 'bodies.manage' },
  'actions/create-user.ts#createUser': { permission: 'users.manage' },
  'actions/set-user-unit.ts#setUserUnit': { permission: 'users.manage' },
  'actions/set-user-roles.ts#setUserRoles': { permission: 'users.manage' },
  'actions/set-user-disabled.ts#setUserDisabled': { permission: 'users.manage' },
  'actions/reset-user-password.ts#resetUserPassword': { permission: 'users.manage' },
  'actions/issue-api-token.ts#issueApiToken': { permission: 'apiTokens.manage' },
  'actions/revoke-api-token.ts#revokeApiToken': { permission: 'apiTokens.manage' },
  'actions/set-review-chain.ts#setReviewChain': { permission: 'reviewChains.set' },
  'actions/update-site-settings.ts#updateSiteSettings': { permission: 'siteSettings.update' },
  'actions/set-protected-names.ts#setProtectedNames': { permission: 'siteSettings.update' },
  'actions/set-confidentiality-rule.ts#setConfidentialityRule': { permission: 'reviewChains.set' },
  'actions/set-own-locale.ts#setOwnLocale': { permission: 'account.own' },
  'actions/mark-notifications-read.ts#markNotificationsRead': { permission: 'account.own' },
  'actions/change-own-password.ts#changeOwnPassword': { permission: 'account.own' },
  'actions/sign-out.ts#signOutUser': { permission: 'account.own' },
  // Signing in needs no permission: anyone who knows a password may.
  'actions/sign-in.ts#signInWithPassword': 'anyone',
  // Issuing a decision's policy document, and writing its interpretation, edit the meeting's records.
  'actions/issue-document.ts#issueDocument': { permission: 'records.edit' },
  'actions/create-interpretation.ts#createInterpretation': { permission: 'records.edit' },
  'actions/save-catalogue.ts#saveCatalogue': 'issuedDocumentsOnly',
  'actions/publish-with-interpretation.ts#publishWithInterpretation': 'issuedDocumentsOnly',
};

/** The workflow's answer for a caller, with the facts the matrix's subject holds. */
function workflowAllows(caller: Caller, action: WorkflowAction, state: PolicyState): boolean {
  const actor = ACTORS[caller];
  if (!actor) return false;
  return decide(action, STATES[state], {
    roles: workflowRoles(actor),
    chain: CHAIN,
    // The matrix's forms send a comment (request changes) and a reason (withdraw).
    hasComment: true,
    authoredInCycle: caller === 'secretary',
    approvedEarlierStep: caller === 'reviewer' && state === 'in_review:2',
    meetingStatus: 'held',
  }).allowed;
}

let checked = 0;

type Cell = { action: string; caller: Caller; state?: string; table: boolean; rules: boolean };

/** Every cell of the action table where the table and the rules disagree. */
function disagreements(policy: Record<string, ActionPolicy>): Cell[] {
  const cells: Cell[] = [];
  checked = 0;
  for (const [key, entry] of Object.entries(policy)) {
    const asks = ASKS[key];
    if (!asks) throw new Error(`${key} is in the policy table but not mapped to a permission here`);
    const judge = (caller: Caller, state: string | undefined, table: boolean, rules: boolean) => {
      checked += 1;
      if (table !== rules) cells.push({ action: key, caller, state, table, rules });
    };
    for (const caller of CALLERS) {
      if (entry.subject === 'document') {
        for (const state of DOCUMENT_STATES) {
          const table = (entry.allowed[state] ?? []).includes(caller);
          const rules =
            asks === 'anyone'
              ? true
              : asks === 'issuedDocumentsOnly'
                ? false
                : 'workflow' in asks
                  ? workflowAllows(caller, asks.workflow, state)
                  : can(ACTORS[caller], asks.permission);
          judge(caller, state, table, rules);
        }
      } else if (entry.subject === 'meeting') {
        for (const meetingStatus of MEETING_STATES) {
          const table = (entry.allowed[meetingStatus] ?? []).includes(caller);
          const rules =
            typeof asks === 'object' &&
            'permission' in asks &&
            can(ACTORS[caller], asks.permission, { meetingStatus });
          judge(caller, meetingStatus, table, rules);
        }
      } else {
        if (entry.eitherWay?.includes(caller)) continue;
        const table = entry.allowed.includes(caller);
        const rules =
          asks === 'anyone' ||
          (typeof asks === 'object' && 'permission' in asks && can(ACTORS[caller], asks.permission));
        judge(caller, undefined, table, rules);
      }
    }
  }
  return cells;
}

/** The permission each workspace page needs (its guard, or the data it loads). */
const PAGE_ASKS: Record<string, PermissionAction> = {
  '/(staff)/(workspace)/account/page': 'account.own',
  '/(staff)/(workspace)/notifications/page': 'account.own',
  '/(staff)/(workspace)/tasks/page': 'account.own',
  '/(staff)/(workspace)/review/page': 'account.own',
  '/(staff)/(workspace)/meetings/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/new/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/agenda/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/minutes/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/minutes/print/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/minutes/records/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/release/page': 'meetings.read',
  '/(staff)/(workspace)/meetings/[id]/history/page': 'meetings.read',
  // The page subject's release is a draft: only editorial staff read it.
  '/(staff)/(workspace)/review/[documentId]/page': 'document.read',
  '/(staff)/(workspace)/documents/[documentId]/compare/page': 'document.read',
  // The demo's published policy document: its workspace page reads its meeting too.
  '/(staff)/(workspace)/documents/[documentId]/page': 'meetings.read',
  '/(staff)/(workspace)/admin/audit/page': 'audit.read',
  '/(staff)/(workspace)/admin/disclosure/page': 'disclosureFigures.read',
  '/(staff)/(workspace)/admin/cache/page': 'audit.read',
  '/(staff)/(workspace)/admin/bodies/page': 'bodies.manage',
  '/(staff)/(workspace)/admin/bodies/[id]/page': 'bodies.manage',
  '/(staff)/(workspace)/admin/review-chains/page': 'reviewChains.set',
  '/(staff)/(workspace)/admin/settings/page': 'siteSettings.update',
  '/(staff)/(workspace)/admin/users/page': 'users.manage',
  '/(staff)/(workspace)/admin/tokens/page': 'apiTokens.manage',
  '/(staff)/(workspace)/admin/import/page': 'releases.import',
  '/(staff)/(workspace)/received/page': 'receivedMinutes.read',
  '/(staff)/(workspace)/follow-up/page': 'followUp.read',
  // The page subject is the demo's first item: the matrix's liaison speaks for no unit of it.
  '/(staff)/(workspace)/follow-up/[id]/page': 'followUp.readItem',
  '/(staff)/(workspace)/follow-up/notice/[meetingId]/page': 'followUp.manage',
  '/(staff)/(workspace)/dashboard/page': 'dashboard.read',
  // The subject's minutes are not issued: only editorial staff read them.
  '/(staff)/(workspace)/received/[documentId]/page': 'document.read',
};

/** The session routes that answer 200 exactly to those with a permission (the others are public or token-only). */
const ROUTE_ASKS: Record<string, PermissionAction> = {
  '/api/admin/audit-export/route': 'audit.read',
  '/api/admin/disclosure-figures/route': 'disclosureFigures.read',
  '/api/documents/[id]/editing/route': 'document.lock',
  '/api/documents/[id]/pdf/route': 'document.read',
  '/api/documents/[id]/attachments/[attachmentId]/route': 'document.read',
};

describe('the e2e policy table agrees with the permission rules', () => {
  it('in every cell of every server action: caller and document or meeting state', () => {
    expect(disagreements(ACTION_POLICY)).toEqual([]);
    console.log(`action policy: ${checked} cells checked`);
    expect(checked).toBeGreaterThan(300);
    expect(Object.keys(ASKS).sort()).toEqual(Object.keys(ACTION_POLICY).sort());
  });

  it('fails on a cell that disagrees', () => {
    const publish = ACTION_POLICY['actions/publish-document.ts#publishDocument']!;
    const tampered = {
      ...ACTION_POLICY,
      'actions/publish-document.ts#publishDocument': {
        ...publish,
        allowed: { approved: ['leader', 'reviewer'] as const },
      } as ActionPolicy,
    };
    expect(disagreements(tampered)).toEqual([
      {
        action: 'actions/publish-document.ts#publishDocument',
        caller: 'reviewer',
        state: 'approved',
        table: true,
        rules: false,
      },
      // The table above also dropped the leader's publication of a scheduled release.
      {
        action: 'actions/publish-document.ts#publishDocument',
        caller: 'leader',
        state: 'scheduled',
        table: false,
        rules: true,
      },
    ]);
  });

  it('for every workspace page and caller', () => {
    expect(Object.keys(PAGE_ASKS).sort()).toEqual(Object.keys(PAGE_POLICY).sort());
    const cells = Object.entries(PAGE_POLICY).flatMap(([page, { allowed }]) =>
      CALLERS.filter(
        (caller) =>
          allowed.includes(caller) !==
          can(ACTORS[caller], PAGE_ASKS[page]!, {
            document: { visibility: 'public', publicationState: 'none' },
          }),
      ).map((caller) => ({ page, caller })),
    );
    expect(cells).toEqual([]);
  });

  it('for the session routes that need a permission', () => {
    const cells = Object.entries(ROUTE_ASKS).flatMap(([route, action]) => {
      const { status } = ROUTE_POLICY[route]!;
      if (status === 'public') throw new Error(`${route} is public`);
      return CALLERS.filter((caller) => (status[caller] === 200) !== can(ACTORS[caller], action)).map(
        (caller) => ({ route, caller }),
      );
    });
    expect(cells).toEqual([]);
  });
});
