import Link from 'next/link';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { minutesText } from '@/data/issued-minutes';
import { formatMinutesNumber } from '@/domain/minutes-number';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('received.readTitle');

/** Issued minutes as a unit reads them: read only, the issued revision, with its PDF. Opening it is recorded. */
export default async function ReceivedMinutesDocumentPage({ params }: PageProps<'/received/[documentId]'>) {
  const { documentId } = await params;
  const { actor, t } = await requireUser(`/received/${documentId}`);
  const id = recordIdOr404(documentId);
  const minutes = loadOr404(() => minutesText(actor, id));
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/received" className="underline">
          {t('received.title')}
        </Link>
      </p>
      <article lang={minutes.language} className="rounded border border-line bg-surface p-6">
        <p className="text-sm font-medium text-danger">
          {t(`minutes.classification.${minutes.classification}`)}
        </p>
        <h1 className="mt-2 text-center text-2xl font-semibold text-danger">{minutes.headline}</h1>
        {minutes.number ? (
          <p className="mt-2 text-center">{formatMinutesNumber(minutes.number, minutes.language)}</p>
        ) : null}
        <hr className="my-4 border-danger" />
        <MarkdownBody markdown={minutes.body} className="prose-release font-serif" />
      </article>
      <p className="mt-4">
        <a href={`/api/documents/${id}/pdf`} className="text-link underline">
          {t('minutes.downloadPdf')}
        </a>
      </p>
    </>
  );
}
