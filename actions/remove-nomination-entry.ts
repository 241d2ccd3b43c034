'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeEntry } from '@/data/nomination-entries';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, decisionId: idField, entryId: idField });

export async function removeNominationEntry(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'removeNominationEntry',
    ({ meetingId, decisionId, entryId }, { actor, t }) => {
      removeEntry(actor, meetingId, decisionId, entryId);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('nominations.removed') };
    },
  );
}
