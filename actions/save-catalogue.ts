'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { saveCatalogue as saveRecord } from '@/data/issued-documents';
import { choice, idField, isoDate, optionalId, optionalText } from '@/domain/validation';
import { DISCLOSURES, DOCUMENT_CHANGE_KINDS } from '@/domain/vocabulary';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const optionalDate = z
  .union([z.literal(''), isoDate])
  .optional()
  .transform((value) => value || null);

const schema = z.object({
  documentId: idField,
  baseRevisionId: optionalId,
  issuingBody: optionalText(200),
  documentNumber: optionalText(80),
  writtenOn: optionalDate,
  effectiveOn: optionalDate,
  validUntil: optionalDate,
  categoryId: optionalId,
  disclosure: choice(DISCLOSURES),
  disclosureReason: optionalText(1000),
  changesDocumentId: optionalId,
  changeKind: z
    .union([z.literal(''), choice(DOCUMENT_CHANGE_KINDS)])
    .optional()
    .transform((value) => value || null),
});

/** An issued document's catalogue fields, saved as a new revision (reviewed with the text). */
export async function saveCatalogue(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'saveCatalogue',
    ({ documentId, baseRevisionId, ...fields }, { actor, t }) => {
      saveRecord(actor, documentId, baseRevisionId, fields);
      revalidatePath(issuedDocumentPath(documentId));
      return { status: 'ok', message: t('issued.catalogue.saved') };
    },
  );
}
