'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { overridePersonalDataFinding } from '@/data/personal-data-review';
import { findingKeyField } from '@/domain/publication-scan-inputs';
import { reviewPagePath } from '@/domain/step-done';
import { idField, requiredText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  revisionId: idField,
  finding: findingKeyField,
  reason: requiredText(1000),
});

export async function overridePersonalData(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'overridePersonalData', (input, { actor, t }) => {
    const recorded = overridePersonalDataFinding(actor, input);
    revalidatePath(reviewPagePath(input.documentId));
    return { status: 'ok', message: t(recorded ? 'privacy.overridden' : 'privacy.nothingToOverride') };
  });
}
