'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { recallDocument as recallRecord } from '@/data/workflow';
import { withDone } from '@/domain/step-done';
import { idField } from '@/domain/validation';
import { documentPagePath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function recallDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'recallDocument', ({ documentId }, { actor }) => {
    const change = recallRecord(actor, documentId);
    revalidateAfter(change);
    // The editor opens again on the redrawn page, which announces the recall.
    redirect(
      withDone(documentPagePath(change.meetingId, change.kind, change.language, change.documentId), 'recall'),
    );
  });
}
