import type { AttachmentDto } from '@/data/attachments';
import { formatFileSize, isImage, publicFilePath } from '@/domain/attachments';
import type { Translate } from '@/messages';

type Props = {
  documentId: number;
  attachments: AttachmentDto[];
  /** The files' language where it is not the page's (a release this edition has only in the other). */
  textLanguage: string | undefined;
  t: Translate;
  locale: string;
};

/** The published revision's files under its text: each image shown with its alternative text, every file to open or download. */
export function ReleaseAttachments({ documentId, attachments, textLanguage, t, locale }: Props) {
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="release-attachments" className="mt-8 border-t border-line pt-6">
      <h2 id="release-attachments" className="text-xl font-semibold">
        {t('attachments.public.heading')}
      </h2>
      <ul className="mt-4 space-y-4">
        {attachments.map((file) => {
          const href = publicFilePath(documentId, file);
          return (
            <li key={file.id}>
              {isImage(file.type) ? (
                // eslint-disable-next-line @next/next/no-img-element -- the published file as it is, no optimiser
                <img
                  src={href}
                  alt={file.altText}
                  lang={textLanguage}
                  loading="lazy"
                  className="mb-2 h-auto max-w-full rounded border border-line-subtle"
                />
              ) : null}
              <a href={href} className="break-all text-link underline" lang={textLanguage}>
                {file.name}
              </a>{' '}
              <span className="text-sm text-muted">
                (
                {t('attachments.public.item', {
                  type: t(`attachments.type.${file.type}`),
                  size: formatFileSize(file.size, locale),
                })}
                )
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
