import { describe, expect, it } from 'vitest';
import type { Role } from './vocabulary';
import { decide, type DocumentState } from './workflow';

const chain: Role[] = ['reviewer', 'leader'];
const draft: DocumentState = { working: 'draft', step: null, publication: 'none' };
const step1: DocumentState = { working: 'in_review', step: 1, publication: 'none' };
const step2: DocumentState = { working: 'in_review', step: 2, publication: 'none' };
const approved: DocumentState = { working: 'approved', step: null, publication: 'none' };
const live: DocumentState = { working: 'published', step: null, publication: 'published' };

const as = (...roles: Role[]) => ({ roles, chain });

describe('the transition table', () => {
  it('lets a secretary submit a draft, and nobody else', () => {
    expect(decide('submit', draft, as('secretary'))).toEqual({ allowed: true, next: step1 });
    expect(decide('submit', draft, as('leader'))).toMatchObject({
      allowed: false,
      refusal: 'role_required',
      requiredRole: 'secretary',
    });
    expect(decide('submit', step1, as('secretary'))).toMatchObject({
      allowed: false,
      refusal: 'not_in_draft',
    });
  });

  it('walks the chain one step per approval, each by its role', () => {
    expect(decide('approve', step1, as('reviewer'))).toEqual({ allowed: true, next: step2 });
    expect(decide('approve', step1, as('leader'))).toMatchObject({
      allowed: false,
      refusal: 'role_required',
      requiredRole: 'reviewer',
    });
    expect(decide('approve', step2, as('leader'))).toEqual({ allowed: true, next: approved });
    expect(decide('approve', step2, as('secretary'))).toMatchObject({
      allowed: false,
      refusal: 'role_required',
    });
    expect(decide('approve', draft, as('reviewer'))).toMatchObject({
      allowed: false,
      refusal: 'not_in_review',
    });
  });

  it('applies four-eyes: no approval by an author or by the approver of an earlier step', () => {
    expect(decide('approve', step1, { ...as('reviewer'), authoredInCycle: true })).toMatchObject({
      refusal: 'four_eyes_author',
    });
    expect(
      decide('approve', step2, { ...as('reviewer', 'leader'), approvedEarlierStep: true }),
    ).toMatchObject({
      refusal: 'four_eyes_earlier_step',
    });
  });

  it('returns to draft on request for changes, only with a comment', () => {
    expect(decide('request_changes', step2, as('leader'))).toMatchObject({ refusal: 'comment_required' });
    expect(decide('request_changes', step2, { ...as('leader'), hasComment: true })).toEqual({
      allowed: true,
      next: draft,
    });
  });

  it('publishes only an approved revision, and only by a leader', () => {
    expect(decide('publish', approved, as('leader'))).toEqual({ allowed: true, next: live });
    expect(decide('publish', approved, as('secretary', 'reviewer', 'admin'))).toMatchObject({
      refusal: 'role_required',
    });
    for (const state of [draft, step1, step2, live]) {
      expect(decide('publish', state, as('leader'))).toMatchObject({
        allowed: false,
        refusal: 'not_approved',
      });
    }
  });

  it('keeps the published revision live while a new draft is edited', () => {
    expect(decide('save', live, as('secretary'))).toEqual({
      allowed: true,
      next: { working: 'draft', step: null, publication: 'published' },
    });
  });

  it('never edits text in review or approved: a recall takes it back first, voiding its approvals', () => {
    expect(decide('save', step2, as('secretary'))).toMatchObject({ allowed: false, refusal: 'recall_first' });
    expect(decide('save', approved, as('secretary'))).toMatchObject({
      allowed: false,
      refusal: 'recall_first',
    });
    expect(decide('recall', step2, as('secretary'))).toEqual({ allowed: true, next: draft });
    expect(decide('recall', approved, as('secretary'))).toEqual({ allowed: true, next: draft });
    expect(decide('recall', draft, as('secretary'))).toMatchObject({ refusal: 'not_in_review' });
    expect(decide('recall', step2, as('reviewer'))).toMatchObject({ refusal: 'role_required' });
  });
});
