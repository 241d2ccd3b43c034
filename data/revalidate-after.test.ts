import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '@/domain/workflow';
import type { DocumentChange } from './document-change';
import { revalidateAfter } from './revalidate-after';

const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const changeOf = (action: WorkflowAction): DocumentChange => ({
  documentId: 11,
  meetingId: 7,
  kind: 'press_release',
  language: 'en',
  action,
  from: { working: 'draft', step: null, publication: 'none' },
  to: { working: 'draft', step: null, publication: 'none' },
  revisionId: 3,
  publication: { state: 'none', revisionId: null, slug: null, firstPublishedAt: null },
});

// What each entry point revalidated before the change was returned: every workflow action its meeting's
// pages and the review queue; publish and withdraw (actions) and import (the upload page) also every page
// under the root layout. The scheduler's route revalidated only the root layout, which already holds the
// meeting's pages and the queue: the same pages.
const workspace = [['/meetings/7', 'layout'], ['/review']];
const expected: Record<WorkflowAction, unknown[][]> = {
  save: workspace,
  restore: workspace,
  submit: workspace,
  approve: workspace,
  request_changes: workspace,
  recall: workspace,
  schedule: workspace,
  unschedule: workspace,
  publish: [...workspace, ['/', 'layout']],
  withdraw: [...workspace, ['/', 'layout']],
  import: [...workspace, ['/', 'layout']],
};

describe('revalidateAfter', () => {
  beforeEach(() => revalidatePath.mockClear());

  it.each(WORKFLOW_ACTIONS)('revalidates what a %s makes stale', (action) => {
    revalidateAfter(changeOf(action));
    expect(revalidatePath.mock.calls).toEqual(expected[action]);
  });
});
