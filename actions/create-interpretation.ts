'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createInterpretation as createRecord } from '@/data/issued-documents';
import { idField } from '@/domain/validation';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

/** "Write the interpretation" on a policy document: the interpretation, opened in the editor. */
export async function createInterpretation(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'createInterpretation', ({ documentId }, { actor }) => {
    const created = createRecord(actor, documentId);
    revalidatePath(issuedDocumentPath(documentId));
    redirect(issuedDocumentPath(created.documentId));
  });
}
