import { denial, type Denial, type PermissionSubject } from './permissions';
import type { MeetingStatus, PublicationState, Role, WorkingState } from './vocabulary';

/**
 * The one table of allowed moves for every document. Pure: the data layer gathers the facts, asks
 * `decide`, and writes the outcome with its transition and audit event in one transaction.
 */

export const WORKFLOW_ACTIONS = [
  'save',
  'restore',
  'submit',
  'approve',
  'request_changes',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'import',
  'recall',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export type DocumentState = {
  working: WorkingState;
  /** 1-based step of the review chain while in review, else null. */
  step: number | null;
  publication: PublicationState;
};

export type WorkflowFacts = {
  /** The acting user's roles, as workflowRoles() gives them (the scheduler acts with the scheduling user's). */
  roles: readonly Role[];
  /** The review chain of the document's kind: the role that signs each step. */
  chain: readonly Role[];
  /** Whether the actor made a revision since the last publication, or wrote the one under review. */
  authoredInCycle?: boolean;
  /** Whether the actor approved an earlier step of this review cycle. */
  approvedEarlierStep?: boolean;
  /** Whether a non-empty comment accompanies the action. */
  hasComment?: boolean;
  /** Whether the document has no revision at all yet: the only kind an import may fill. */
  documentIsEmpty?: boolean;
  /** The status of the document's meeting, where the action depends on it (a cancelled one's are frozen). */
  meetingStatus?: MeetingStatus;
  /**
   * For a translation being published or scheduled: its original is not yet published (nor scheduled to
   * be, by the translation's time), and the site does not let translations go first.
   */
  originalUnpublished?: boolean;
  /** For an interpretation being published or scheduled: the policy document it explains is not yet published. */
  policyUnpublished?: boolean;
};

export type Refusal =
  | 'role_required'
  | 'not_in_draft'
  | 'not_in_review'
  | 'not_approved'
  | 'not_scheduled'
  | 'not_published'
  | 'unschedule_first'
  | 'four_eyes_author'
  | 'four_eyes_earlier_step'
  | 'comment_required'
  | 'not_empty'
  | 'meeting_cancelled'
  | 'original_unpublished'
  | 'policy_unpublished'
  | 'recall_first';

export type Verdict =
  { allowed: true; next: DocumentState } | { allowed: false; refusal: Refusal; requiredRole?: Role };

const refuse = (refusal: Refusal, requiredRole?: Role): Verdict => ({
  allowed: false,
  refusal,
  requiredRole,
});
const allow = (next: DocumentState): Verdict => ({ allowed: true, next });

const refusalOf = (d: Denial): Verdict =>
  d.reason === 'role_required' ? refuse('role_required', d.role) : refuse(d.reason);

export function decide(action: WorkflowAction, state: DocumentState, facts: WorkflowFacts): Verdict {
  // Who may act is the permission module's (domain/permissions.ts); this table adds what each state allows.
  const subject: PermissionSubject = {
    chain: facts.chain,
    step: state.step,
    meetingStatus: facts.meetingStatus,
  };
  const denied = denial({ kind: 'user', roles: facts.roles }, action, subject);

  switch (action) {
    case 'save':
    case 'restore':
      if (denied) return refusalOf(denied);
      // A scheduled revision is about to go live: take it off the schedule before changing it.
      if (state.working === 'scheduled') return refuse('unschedule_first');
      // Text in review or approved is what the reviewers signed or are reading: it changes only after an
      // explicit recall, never as a save's side effect.
      if (state.working === 'in_review' || state.working === 'approved') return refuse('recall_first');
      // A draft stays a draft; a save on a published document starts a new draft (the published revision
      // stays live).
      return allow({ working: 'draft', step: null, publication: state.publication });

    case 'recall':
      // The secretariat takes text back from review (or from its final approval) to change it: the cycle's
      // approvals are void, and the reviewers whose queue it leaves are told.
      if (denied) return refusalOf(denied);
      if (state.working === 'scheduled') return refuse('unschedule_first');
      if (state.working !== 'in_review' && state.working !== 'approved') return refuse('not_in_review');
      return allow({ working: 'draft', step: null, publication: state.publication });

    case 'submit':
      if (denied) return refusalOf(denied);
      if (state.working !== 'draft') return refuse('not_in_draft');
      return allow({ working: 'in_review', step: 1, publication: state.publication });

    case 'approve':
    case 'request_changes': {
      if (state.working !== 'in_review' || state.step === null) return refuse('not_in_review');
      if (denied) return refusalOf(denied);
      if (action === 'request_changes') {
        if (!facts.hasComment) return refuse('comment_required');
        return allow({ working: 'draft', step: null, publication: state.publication });
      }
      if (facts.authoredInCycle) return refuse('four_eyes_author');
      if (facts.approvedEarlierStep) return refuse('four_eyes_earlier_step');
      const last = state.step >= facts.chain.length;
      return allow({
        working: last ? 'approved' : 'in_review',
        step: last ? null : state.step + 1,
        publication: state.publication,
      });
    }

    case 'publish':
      if (denied) return refusalOf(denied);
      if (state.working !== 'approved' && state.working !== 'scheduled') return refuse('not_approved');
      // A translation follows its original onto the site (imports, which record the past, are exempt).
      if (facts.originalUnpublished) return refuse('original_unpublished');
      // An interpretation explains a published policy: it never goes out first.
      if (facts.policyUnpublished) return refuse('policy_unpublished');
      return allow({ working: 'published', step: null, publication: 'published' });

    case 'schedule':
      if (denied) return refusalOf(denied);
      if (state.working !== 'approved') return refuse('not_approved');
      if (facts.originalUnpublished) return refuse('original_unpublished');
      if (facts.policyUnpublished) return refuse('policy_unpublished');
      return allow({ working: 'scheduled', step: null, publication: state.publication });

    case 'unschedule':
      if (denied) return refusalOf(denied);
      if (state.working !== 'scheduled') return refuse('not_scheduled');
      return allow({ working: 'approved', step: null, publication: state.publication });

    case 'withdraw':
      if (denied) return refusalOf(denied);
      if (state.publication !== 'published') return refuse('not_published');
      if (!facts.hasComment) return refuse('comment_required');
      // The withdrawn revision can only return through a new review cycle, and a newer revision waiting
      // on the schedule is taken off it: nothing goes live again unless a leader acts after the withdrawal.
      return allow({
        working:
          state.working === 'published'
            ? 'draft'
            : state.working === 'scheduled'
              ? 'approved'
              : state.working,
        step: state.step,
        publication: 'withdrawn',
      });

    case 'import':
      // The audited exception to the review chain: a release approved and published before Gazette
      // existed is recorded as published, by an administrator, into a document that holds nothing yet
      // (never over anything written or reviewed here).
      if (denied) return refusalOf(denied);
      if (!facts.documentIsEmpty || state.working !== 'draft' || state.publication !== 'none')
        return refuse('not_empty');
      return allow({ working: 'published', step: null, publication: 'published' });
  }
}
