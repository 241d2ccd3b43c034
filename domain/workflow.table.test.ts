import { describe, expect, it } from 'vitest';
import { PUBLICATION_STATES, ROLES, type Role } from './vocabulary';
import {
  WORKFLOW_ACTIONS,
  decide,
  type DocumentState,
  type Refusal,
  type Verdict,
  type WorkflowAction,
  type WorkflowFacts,
} from './workflow';

/*
 * Every cell of the transition table, checked against a specification written out plainly from
 * DESIGN.md ("The workflow"), independently of `decide`:
 *
 * - draft --submit--> in_review(1) --approve--> in_review(k+1) ... --approve last--> approved
 * - in_review --request changes (comment required)--> draft
 * - approved --publish now--> published; approved --schedule(t)--> scheduled; scheduled --unschedule--> approved
 * - an edit (save, restore) of a draft keeps it a draft; of a published document starts a new draft (the
 *   published revision stays live); text in review or approved is never edited as a side effect: the
 *   secretariat recalls it first (recall: in_review or approved --> draft, voiding the cycle's approvals)
 * - publication: none --publish--> published(rev) --publish newer--> published(rev') --withdraw--> withdrawn
 * - editing is a secretary's; each review step is signed by the role the chain names for it; publishing
 *   (now or scheduled), unscheduling and withdrawing are a leader's; withdrawing requires a reason
 * - four-eyes: no approval by someone who made a revision in the cycle, or approved an earlier step
 * - import: an administrator records a release published before Gazette existed as published, with no
 *   review: an explicit, audited exception, only into a document that holds nothing yet (no revision,
 *   never submitted, never published)
 * - languages (the bilingual releases): a translation is not published, nor scheduled, while its original
 *   is not live by then, unless the site lets translations go first (the data layer folds both into the
 *   fact `originalUnpublished`); imports record the past and are exempt
 *
 * Refinements the design leaves open, chosen here deliberately (and documented in domain/workflow.ts):
 * - a scheduled revision must be unscheduled before it is edited ('unschedule_first');
 * - "publish now" also applies to a scheduled revision (the scheduler publishes through it);
 * - a withdrawal takes a scheduled revision off the schedule (back to approved), and sends a working
 *   state of 'published' back to draft (the withdrawn revision can only
 *   return through a new review cycle) and leaves any newer revision's working state as it was.
 * Order of refusals: first whether the action applies at all to the state when the required role depends
 * on it (review steps), else the role; then the state; then four-eyes / comment.
 */

type Expected = { allowed: true; next: DocumentState } | { allowed: false; refusal: Refusal; role?: Role };

const ok = (
  working: DocumentState['working'],
  step: number | null,
  publication: DocumentState['publication'],
) => ({ allowed: true, next: { working, step, publication } }) as const;
const no = (refusal: Refusal, role?: Role): Expected => ({ allowed: false, refusal, role });

/** Who may take the action when it is not a review step. */
const LEADERS_ONLY: WorkflowAction[] = ['publish', 'schedule', 'unschedule', 'withdraw'];
const SECRETARIES_ONLY: WorkflowAction[] = ['save', 'restore', 'submit', 'recall'];

function specification(action: WorkflowAction, s: DocumentState, f: WorkflowFacts): Expected {
  const holds = (role: Role) => f.roles.some((r) => r === role);
  const commented = f.hasComment === true;

  // Review steps: only meaningful while in review; the chain says who signs the current step.
  if (action === 'approve' || action === 'request_changes') {
    if (s.working !== 'in_review') return no('not_in_review');
    const signer = f.chain[(s.step as number) - 1] as Role;
    if (!holds(signer)) return no('role_required', signer);
    if (action === 'request_changes') {
      // Return to draft, with a comment saying what to change.
      return commented ? ok('draft', null, s.publication) : no('comment_required');
    }
    if (f.authoredInCycle === true) return no('four_eyes_author');
    if (f.approvedEarlierStep === true) return no('four_eyes_earlier_step');
    if ((s.step as number) === f.chain.length) return ok('approved', null, s.publication);
    return ok('in_review', (s.step as number) + 1, s.publication);
  }

  if (action === 'import') {
    if (!holds('admin')) return no('role_required', 'admin');
    const untouched = f.documentIsEmpty === true && s.working === 'draft' && s.publication === 'none';
    return untouched ? ok('published', null, 'published') : no('not_empty');
  }

  if (SECRETARIES_ONLY.includes(action) && !holds('secretary')) return no('role_required', 'secretary');
  if (LEADERS_ONLY.includes(action) && !holds('leader')) return no('role_required', 'leader');

  if (action === 'save' || action === 'restore') {
    if (s.working === 'scheduled') return no('unschedule_first');
    if (s.working === 'in_review' || s.working === 'approved') return no('recall_first');
    return ok('draft', null, s.publication);
  }
  if (action === 'recall') {
    if (s.working === 'scheduled') return no('unschedule_first');
    if (s.working === 'in_review' || s.working === 'approved') return ok('draft', null, s.publication);
    return no('not_in_review');
  }
  if (action === 'submit') {
    return s.working === 'draft' ? ok('in_review', 1, s.publication) : no('not_in_draft');
  }
  if (action === 'publish') {
    if (s.working !== 'approved' && s.working !== 'scheduled') return no('not_approved');
    if (f.originalUnpublished === true) return no('original_unpublished');
    return f.policyUnpublished === true ? no('policy_unpublished') : ok('published', null, 'published');
  }
  if (action === 'schedule') {
    if (s.working !== 'approved') return no('not_approved');
    if (f.originalUnpublished === true) return no('original_unpublished');
    return f.policyUnpublished === true ? no('policy_unpublished') : ok('scheduled', null, s.publication);
  }
  if (action === 'unschedule') {
    return s.working === 'scheduled' ? ok('approved', null, s.publication) : no('not_scheduled');
  }
  // withdraw
  if (s.publication !== 'published') return no('not_published');
  if (!commented) return no('comment_required');
  if (s.working === 'published') return ok('draft', null, 'withdrawn');
  if (s.working === 'scheduled') return ok('approved', null, 'withdrawn');
  return ok(s.working, s.step, 'withdrawn');
}

/** Every state a document with this chain can be in. */
function reachableStates(chainLength: number): DocumentState[] {
  const states: DocumentState[] = [];
  for (const publication of PUBLICATION_STATES) {
    states.push({ working: 'draft', step: null, publication });
    for (let step = 1; step <= chainLength; step++) states.push({ working: 'in_review', step, publication });
    states.push({ working: 'approved', step: null, publication });
    states.push({ working: 'scheduled', step: null, publication });
  }
  // The newest revision is the live one only while it is published.
  states.push({ working: 'published', step: null, publication: 'published' });
  return states;
}

/** Chains of one to three steps: the press release's, the minutes', and others a body might configure. */
const CHAINS: Role[][] = [
  ['leader'],
  ['reviewer'],
  ['admin'],
  ['reviewer', 'leader'],
  ['leader', 'leader'],
  ['leader', 'reviewer'],
  ['reviewer', 'reviewer', 'leader'],
  ['reviewer', 'leader', 'leader'],
  ['secretary', 'reviewer', 'leader'],
];

/** No role, each single role, and the combinations people really hold. */
const ROLE_SETS: Role[][] = [
  [],
  ...ROLES.map((r) => [r]),
  ['secretary', 'reviewer'],
  ['reviewer', 'leader'],
  ['secretary', 'leader'],
  [...ROLES],
];

const BOOLS = [false, true] as const;

function normalise(v: Verdict): Expected {
  return v.allowed
    ? { allowed: true, next: { working: v.next.working, step: v.next.step, publication: v.next.publication } }
    : { allowed: false, refusal: v.refusal, role: v.requiredRole };
}

describe('the transition table, cell by cell', () => {
  it('agrees with the written specification in every reachable cell', () => {
    let cells = 0;
    const mismatches: string[] = [];
    for (const chain of CHAINS) {
      for (const state of reachableStates(chain.length)) {
        for (const action of WORKFLOW_ACTIONS) {
          for (const roles of ROLE_SETS) {
            // The facts only some actions read; every combination, so irrelevant ones are proven inert.
            for (const authoredInCycle of BOOLS) {
              for (const approvedEarlierStep of BOOLS) {
                for (const hasComment of BOOLS) {
                  for (const documentIsEmpty of BOOLS) {
                    for (const originalUnpublished of BOOLS) {
                      for (const policyUnpublished of BOOLS) {
                        const facts: WorkflowFacts = {
                          roles,
                          chain,
                          authoredInCycle,
                          approvedEarlierStep,
                          hasComment,
                          documentIsEmpty,
                          originalUnpublished,
                          policyUnpublished,
                        };
                        const want = specification(action, state, facts);
                        const got = normalise(decide(action, state, facts));
                        cells++;
                        if (JSON.stringify(want) !== JSON.stringify(got)) {
                          mismatches.push(
                            `${action} ${JSON.stringify(state)} ${JSON.stringify(facts)}: ` +
                              `want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
                          );
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    console.log(`transition table: ${cells} cells checked`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(cells).toBeGreaterThan(10_000);
  });

  it('treats omitted facts as false', () => {
    let cells = 0;
    for (const chain of CHAINS) {
      for (const state of reachableStates(chain.length)) {
        for (const action of WORKFLOW_ACTIONS) {
          for (const roles of ROLE_SETS) {
            const facts: WorkflowFacts = { roles, chain };
            expect(normalise(decide(action, state, facts))).toEqual(specification(action, state, facts));
            cells++;
          }
        }
      }
    }
    console.log(`transition table (facts omitted): ${cells} cells checked`);
  });

  it('never changes the publication except by publish or withdraw, and never leaves a step outside review', () => {
    for (const chain of CHAINS) {
      for (const state of reachableStates(chain.length)) {
        for (const action of WORKFLOW_ACTIONS) {
          for (const roles of ROLE_SETS) {
            const v = decide(action, state, { roles, chain, hasComment: true, documentIsEmpty: true });
            if (!v.allowed) continue;
            if (action !== 'publish' && action !== 'withdraw' && action !== 'import')
              expect(v.next.publication).toBe(state.publication);
            if (v.next.working === 'in_review') {
              expect(v.next.step).toBeGreaterThanOrEqual(1);
              expect(v.next.step).toBeLessThanOrEqual(chain.length);
            } else if (action !== 'withdraw') {
              expect(v.next.step).toBeNull();
            }
            if (v.next.working === 'published') expect(v.next.publication).toBe('published');
          }
        }
      }
    }
  });
});

describe('hand-picked cells', () => {
  const press: Role[] = ['reviewer', 'leader'];
  const threeTier: Role[] = ['reviewer', 'reviewer', 'leader'];
  const st = (
    working: DocumentState['working'],
    step: number | null = null,
    publication: DocumentState['publication'] = 'none',
  ): DocumentState => ({ working, step, publication });

  it('a three-step chain walks step by step, each signed by its own role', () => {
    const facts = { roles: ['reviewer'] as Role[], chain: threeTier };
    expect(decide('approve', st('in_review', 1), facts)).toEqual({ allowed: true, next: st('in_review', 2) });
    expect(decide('approve', st('in_review', 2), facts)).toEqual({ allowed: true, next: st('in_review', 3) });
    expect(decide('approve', st('in_review', 3), facts)).toMatchObject({
      allowed: false,
      refusal: 'role_required',
      requiredRole: 'leader',
    });
    expect(decide('approve', st('in_review', 3), { roles: ['leader'], chain: threeTier })).toEqual({
      allowed: true,
      next: st('approved'),
    });
  });

  it('four-eyes: the author is refused before the earlier-step signer, and both only on approve', () => {
    const facts = { roles: ['reviewer', 'leader'] as Role[], chain: press };
    expect(
      decide('approve', st('in_review', 2), { ...facts, authoredInCycle: true, approvedEarlierStep: true }),
    ).toMatchObject({ allowed: false, refusal: 'four_eyes_author' });
    expect(decide('approve', st('in_review', 2), { ...facts, approvedEarlierStep: true })).toMatchObject({
      allowed: false,
      refusal: 'four_eyes_earlier_step',
    });
    // An author may still send it back with a comment.
    expect(
      decide('request_changes', st('in_review', 2), { ...facts, authoredInCycle: true, hasComment: true }),
    ).toEqual({ allowed: true, next: st('draft') });
  });

  it('withdrawing needs a leader, a live publication and a reason', () => {
    const live = st('published', null, 'published');
    expect(decide('withdraw', live, { roles: ['leader'], chain: press })).toMatchObject({
      refusal: 'comment_required',
    });
    expect(decide('withdraw', live, { roles: ['leader'], chain: press, hasComment: true })).toEqual({
      allowed: true,
      next: st('draft', null, 'withdrawn'),
    });
    expect(
      decide('withdraw', live, { roles: ['secretary', 'reviewer', 'admin'], chain: press, hasComment: true }),
    ).toMatchObject({ refusal: 'role_required', requiredRole: 'leader' });
    expect(
      decide('withdraw', st('draft', null, 'withdrawn'), {
        roles: ['leader'],
        chain: press,
        hasComment: true,
      }),
    ).toMatchObject({ refusal: 'not_published' });
    // A newer approved revision keeps its state; the live one is taken down.
    expect(
      decide('withdraw', st('approved', null, 'published'), {
        roles: ['leader'],
        chain: press,
        hasComment: true,
      }),
    ).toEqual({ allowed: true, next: st('approved', null, 'withdrawn') });
  });

  it('scheduling: only an approved revision, only by a leader; edits wait for unscheduling', () => {
    const lead = { roles: ['leader'] as Role[], chain: press };
    expect(decide('schedule', st('approved'), lead)).toEqual({ allowed: true, next: st('scheduled') });
    expect(decide('schedule', st('scheduled'), lead)).toMatchObject({ refusal: 'not_approved' });
    expect(decide('unschedule', st('scheduled', null, 'published'), lead)).toEqual({
      allowed: true,
      next: st('approved', null, 'published'),
    });
    expect(decide('unschedule', st('approved'), lead)).toMatchObject({ refusal: 'not_scheduled' });
    expect(decide('publish', st('scheduled', null, 'withdrawn'), lead)).toEqual({
      allowed: true,
      next: st('published', null, 'published'),
    });
    expect(decide('save', st('scheduled'), { roles: ['secretary'], chain: press })).toMatchObject({
      refusal: 'unschedule_first',
    });
    expect(decide('restore', st('scheduled'), { roles: ['leader'], chain: press })).toMatchObject({
      refusal: 'role_required',
      requiredRole: 'secretary',
    });
  });

  it('importing: an administrator only, into an untouched document, straight to published', () => {
    const admin = { roles: ['admin'] as Role[], chain: press, documentIsEmpty: true };
    expect(decide('import', st('draft'), admin)).toEqual({
      allowed: true,
      next: st('published', null, 'published'),
    });
    // A leader publishes through review; only an administrator records an archived release.
    expect(
      decide('import', st('draft'), { ...admin, roles: ['secretary', 'reviewer', 'leader'] }),
    ).toMatchObject({ refusal: 'role_required', requiredRole: 'admin' });
    // Never over a document that has a revision, nor one that was ever submitted or published.
    expect(decide('import', st('draft'), { ...admin, documentIsEmpty: false })).toMatchObject({
      refusal: 'not_empty',
    });
    expect(decide('import', st('draft'), { roles: ['admin'], chain: press })).toMatchObject({
      refusal: 'not_empty',
    });
    expect(decide('import', st('draft', null, 'withdrawn'), admin)).toMatchObject({ refusal: 'not_empty' });
    expect(decide('import', st('in_review', 1), admin)).toMatchObject({ refusal: 'not_empty' });
    // An administrator gains nothing else by it: no review step, no publish.
    expect(decide('publish', st('approved'), admin)).toMatchObject({ refusal: 'role_required' });
  });

  it('a translation waits for its original: publish and schedule refused, everything else as before', () => {
    const waiting = {
      roles: ['leader', 'secretary', 'admin'] as Role[],
      chain: press,
      originalUnpublished: true,
    };
    expect(decide('publish', st('approved'), waiting)).toEqual({
      allowed: false,
      refusal: 'original_unpublished',
    });
    expect(decide('publish', st('scheduled'), waiting)).toMatchObject({ refusal: 'original_unpublished' });
    expect(decide('schedule', st('approved'), waiting)).toMatchObject({ refusal: 'original_unpublished' });
    // The state is judged first: an unapproved translation is refused for that.
    expect(decide('publish', st('draft'), waiting)).toMatchObject({ refusal: 'not_approved' });
    // Writing, reviewing and unscheduling it go on; an import records the past and is exempt.
    expect(decide('save', st('draft'), waiting).allowed).toBe(true);
    expect(decide('unschedule', st('scheduled'), waiting).allowed).toBe(true);
    expect(decide('import', st('draft'), { ...waiting, documentIsEmpty: true }).allowed).toBe(true);
    // Once the original is live (or the site lets translations go first), it publishes.
    expect(decide('publish', st('approved'), { ...waiting, originalUnpublished: false })).toEqual({
      allowed: true,
      next: st('published', null, 'published'),
    });
  });

  it('an interpretation waits for its policy document: publish and schedule refused until it is published', () => {
    const waiting = { roles: ['leader'] as Role[], chain: press, policyUnpublished: true };
    expect(decide('publish', st('approved'), waiting)).toEqual({
      allowed: false,
      refusal: 'policy_unpublished',
    });
    expect(decide('publish', st('scheduled'), waiting)).toMatchObject({ refusal: 'policy_unpublished' });
    expect(decide('schedule', st('approved'), waiting)).toMatchObject({ refusal: 'policy_unpublished' });
    expect(
      decide('withdraw', st('published', null, 'published'), { ...waiting, hasComment: true }).allowed,
    ).toBe(true);
    expect(decide('publish', st('approved'), { ...waiting, policyUnpublished: false }).allowed).toBe(true);
  });

  it('nobody without a role can do anything', () => {
    for (const action of WORKFLOW_ACTIONS) {
      for (const state of reachableStates(2)) {
        expect(decide(action, state, { roles: [], chain: press, hasComment: true }).allowed).toBe(false);
      }
    }
  });

  it('a secretary editing a withdrawn document starts over in draft, still withdrawn', () => {
    expect(decide('save', st('draft', null, 'withdrawn'), { roles: ['secretary'], chain: press })).toEqual({
      allowed: true,
      next: st('draft', null, 'withdrawn'),
    });
    expect(decide('submit', st('draft', null, 'withdrawn'), { roles: ['secretary'], chain: press })).toEqual({
      allowed: true,
      next: st('in_review', 1, 'withdrawn'),
    });
  });
});
