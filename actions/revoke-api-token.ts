'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeApiToken as revokeApiTokenRecord } from '@/data/api-tokens';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ tokenId: idField });

export async function revokeApiToken(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'revokeApiToken', ({ tokenId }, { actor, t }) => {
    revokeApiTokenRecord(actor, tokenId);
    revalidatePath('/admin/tokens');
    return { status: 'ok', message: t('tokens.revoked') };
  });
}
