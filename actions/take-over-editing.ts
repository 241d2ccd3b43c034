'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { acquireEditLock } from '@/data/editing';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function takeOverEditing(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'takeOverEditing', ({ documentId }, { actor }) => {
    acquireEditLock(actor, documentId, { takeOver: true });
    revalidatePath(`/meetings/${getDocument(actor, documentId).meetingId}/release`);
    return { status: 'ok' };
  });
}
