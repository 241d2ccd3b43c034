'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { issueDocumentFromDecision } from '@/data/issued-documents';
import { idField } from '@/domain/validation';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, decisionId: idField });

/** "Issue as a document" on a decision: its policy document, opened in the editor. */
export async function issueDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'issueDocument', ({ meetingId, decisionId }, { actor }) => {
    const { documentId } = issueDocumentFromDecision(actor, decisionId);
    revalidatePath(`/meetings/${meetingId}`);
    redirect(issuedDocumentPath(documentId));
  });
}
