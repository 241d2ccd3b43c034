'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createInterpretation as createRecord, issueDocumentFromDecision } from '@/data/issued-documents';
import { idField } from '@/domain/validation';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, decisionId: idField });

/**
 * "Write the interpretation" of a decision's policy document (issued first if it was not yet): the
 * interpretation, opened in the editor.
 */
export async function createInterpretation(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'createInterpretation', ({ meetingId, decisionId }, { actor }) => {
    const policy = issueDocumentFromDecision(actor, decisionId);
    const created = createRecord(actor, policy.documentId);
    revalidatePath(`/meetings/${meetingId}`);
    redirect(issuedDocumentPath(created.documentId));
  });
}
