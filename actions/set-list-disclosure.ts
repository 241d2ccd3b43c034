'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setListDisclosure as setDisclosureRecord } from '@/data/nomination-entries';
import { choice, idField } from '@/domain/validation';
import { LIST_DISCLOSURES } from '@/domain/vocabulary';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, decisionId: idField, disclosure: choice(LIST_DISCLOSURES) });

export async function setListDisclosure(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'setListDisclosure',
    ({ meetingId, decisionId, disclosure }, { actor, t }) => {
      setDisclosureRecord(actor, meetingId, decisionId, disclosure);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('nominations.disclosureSaved') };
    },
  );
}
