import { describe, expect, it } from 'vitest';
import { ADMINISTRATION_ACTIONS, can, denial, type PermissionActor } from './permissions';
import type { Role } from './vocabulary';

const user = (...roles: Role[]): PermissionActor => ({ kind: 'user', roles });
const token = (...roles: ('secretary' | 'reviewer' | 'leader')[]): PermissionActor => ({
  kind: 'user',
  roles,
  tokenId: 1,
});
const system: PermissionActor = { kind: 'system', purpose: 'seed' };

describe('can', () => {
  it('lets the system actor administer, keep records and read, but never take a workflow step', () => {
    for (const action of ADMINISTRATION_ACTIONS) expect(can(system, action)).toBe(true);
    expect(can(system, 'meeting.create')).toBe(true);
    expect(can(system, 'records.edit', { meetingStatus: 'held' })).toBe(true);
    expect(can(system, 'meetings.read')).toBe(true);
    for (const action of ['save', 'submit', 'publish', 'import'] as const)
      expect(can(system, action)).toBe(false);
    expect(can(system, 'document.lock')).toBe(false);
    expect(can(system, 'account.own')).toBe(false);
  });

  it('withholds the signing roles and all administration from a token', () => {
    expect(can(token('secretary'), 'submit')).toBe(true);
    expect(can(token('leader'), 'publish')).toBe(false);
    expect(can(token('reviewer'), 'approve', { chain: ['reviewer'], step: 1 })).toBe(false);
    expect(can({ kind: 'user', roles: ['admin'], tokenId: 1 }, 'users.manage')).toBe(false);
    expect(can(user('leader'), 'publish')).toBe(true);
  });

  it("freezes a cancelled meeting's records and documents, not its details", () => {
    const secretary = user('secretary');
    const cancelled = { meetingStatus: 'cancelled' } as const;
    expect(denial(secretary, 'records.edit', cancelled)).toEqual({ reason: 'meeting_cancelled' });
    expect(denial(secretary, 'save', cancelled)).toEqual({ reason: 'meeting_cancelled' });
    expect(denial(secretary, 'restore', cancelled)).toEqual({ reason: 'meeting_cancelled' });
    expect(can(secretary, 'meeting.update', cancelled)).toBe(true);
    // Who asks is judged first: a reviewer is refused for the role, whatever the meeting.
    expect(denial(user('reviewer'), 'save', cancelled)).toEqual({
      reason: 'role_required',
      role: 'secretary',
    });
  });

  it('names the role a review step needs, from the chain', () => {
    expect(denial(user('reviewer'), 'approve', { chain: ['reviewer', 'leader'], step: 2 })).toEqual({
      reason: 'role_required',
      role: 'leader',
    });
  });

  it('lets everyone signed in read an issued internal document, and only editorial staff the rest', () => {
    const issued = { document: { visibility: 'internal', publicationState: 'published' } } as const;
    const draft = { document: { visibility: 'internal', publicationState: 'none' } } as const;
    expect(can(user('admin'), 'document.read', issued)).toBe(true);
    expect(can(user('admin'), 'document.read', draft)).toBe(false);
    expect(can(user('reviewer'), 'document.read', draft)).toBe(true);
    expect(can(null, 'document.read', issued)).toBe(false);
  });
});
