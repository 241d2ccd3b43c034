import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTIONS } from '@/domain/workflow';
// @ts-expect-error: a plain-Node script without type declarations
import { WORKFLOW_ACTIONS as CHECKED_ACTIONS } from './check.mjs';

describe('the crash checks', () => {
  it('know every workflow action, so no audit event of one is taken for an orphan', () => {
    expect([...CHECKED_ACTIONS].sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });
});
