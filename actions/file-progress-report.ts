'use server';

import { fileProgressReport as fileRecord } from '@/data/follow-up-acts';
import { progressReportForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function fileProgressReport(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, progressReportForm, 'fileProgressReport', (input, { actor, t }) => {
    const { itemId, ...report } = input;
    const { reportId } = fileRecord(actor, itemId, report);
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.report.filed'), data: { reportId } };
  });
}
