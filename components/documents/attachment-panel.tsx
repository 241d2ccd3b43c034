import { attachFile } from '@/actions/attach-file';
import { removeAttachment } from '@/actions/remove-attachment';
import { ActionForm } from '@/components/ui/action-form';
import { FieldFrame, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AttachmentDto } from '@/data/attachments';
import { MAX_ATTACHMENT_BYTES, MAX_REVISION_ATTACHMENT_BYTES } from '@/domain/attachment-limits';
import { ATTACHMENT_TYPE_FACTS, formatFileSize, isImage } from '@/domain/attachments';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';

/** What the file picker offers first; the server decides by content whatever is chosen. */
const ACCEPT = Object.values(ATTACHMENT_TYPE_FACTS)
  .flatMap((f) => [f.mime, ...f.extensions.map((e) => `.${e}`)])
  .join(',');

type Props = {
  documentId: number;
  /** The current revision, which the files belong to; null before the first save. */
  revisionId: number | null;
  language: ContentLanguage;
  attachments: AttachmentDto[];
  canEdit: boolean;
  t: Translate;
  locale: string;
};

/** The current revision's files: each opens for staff; the secretariat attaches and removes them. */
export function AttachmentPanel({
  documentId,
  revisionId,
  language,
  attachments,
  canEdit,
  t,
  locale,
}: Props) {
  const staffHref = (file: AttachmentDto) => `/api/documents/${documentId}/attachments/${file.id}`;
  return (
    <section aria-labelledby="attachments-heading" className="mt-8 rounded border border-line bg-surface p-4">
      <h3 id="attachments-heading" className="text-lg font-semibold">
        {t('attachments.heading')}
      </h3>
      {attachments.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('attachments.none')}</p>
      ) : (
        <ul aria-label={t('attachments.listLabel')} className="mt-3 divide-y divide-line-subtle">
          {attachments.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-4 py-3" data-attachment={file.name}>
              {isImage(file.type) ? (
                // eslint-disable-next-line @next/next/no-img-element -- the stored file as it is, no optimiser
                <img
                  src={staffHref(file)}
                  alt={file.altText}
                  lang={language}
                  className="h-16 w-auto rounded border border-line-subtle"
                />
              ) : null}
              <div className="min-w-0 flex-1">
                <a href={staffHref(file)} className="break-all text-link underline" lang={language}>
                  {file.name}
                </a>
                <p className="text-sm text-muted">
                  {t('attachments.public.item', {
                    type: t(`attachments.type.${file.type}`),
                    size: formatFileSize(file.size, locale),
                  })}
                </p>
              </div>
              {canEdit ? (
                <ActionForm
                  action={removeAttachment}
                  confirm={`${t('attachments.removeTitle', { name: file.name })}\n\n${t('attachments.removeBody')}`}
                  aria-label={`${t('attachments.remove')}: ${file.name}`}
                >
                  <input type="hidden" name="documentId" value={documentId} />
                  <input type="hidden" name="baseRevisionId" value={revisionId ?? ''} />
                  <input type="hidden" name="position" value={file.position} />
                  <SubmitButton variant="danger" pendingLabel={t('attachments.removing')}>
                    {t('attachments.remove')}
                  </SubmitButton>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit && revisionId === null ? (
        <p className="mt-3 text-sm text-muted">{t('attachments.saveTextFirst')}</p>
      ) : null}
      {canEdit && revisionId !== null ? (
        <ActionForm
          action={attachFile}
          className="mt-4 border-t border-line-subtle pt-4"
          aria-label={t('attachments.attach')}
        >
          <p className="mb-3 text-sm text-muted">
            {t('attachments.intro', {
              fileMb: MAX_ATTACHMENT_BYTES / 2 ** 20,
              totalMb: MAX_REVISION_ATTACHMENT_BYTES / 2 ** 20,
            })}
          </p>
          <input type="hidden" name="documentId" value={documentId} />
          <input type="hidden" name="baseRevisionId" value={revisionId} />
          <FieldFrame id="attachment-file" label={t('attachments.file')} required>
            <input
              id="attachment-file"
              name="file"
              type="file"
              required
              accept={ACCEPT}
              className="mt-1 block w-full text-sm text-ink file:mr-3 file:rounded file:border file:border-line-strong file:bg-surface file:px-3 file:py-2"
            />
          </FieldFrame>
          <TextField
            name="altText"
            label={t('attachments.altText')}
            hint={t('attachments.altTextHint')}
            lang={language}
          />
          <SubmitButton pendingLabel={t('attachments.attaching')}>{t('attachments.attach')}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
