'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { requestChanges as requestChangesRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// An empty comment reaches the transition table, which refuses it with its own message.
const schema = z.object({ documentId: idField, comment: optionalText(4000) });

export async function requestChanges(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'requestChanges', ({ documentId, comment }, { actor }) => {
    revalidateAfter(requestChangesRecord(actor, documentId, comment));
    redirect(withDone(reviewPagePath(documentId), 'request_changes'));
  });
}
