import Link from 'next/link';
import type { PublicAddressOf } from '@/data/public-documents';
import { documentPath } from '@/domain/document-address';
import type { Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

/** Under a release: each document the meeting adopted that has been issued, linked to its page. */
export function AdoptedDocuments({ documents, t }: { documents: PublicAddressOf[]; t: Translate }) {
  if (documents.length === 0) return null;
  return (
    <ul className="mt-8 space-y-1 border-t border-line pt-4 text-sm" data-testid="adopted-documents">
      {documents.map((d) => (
        <li key={d.id}>
          {t('publicDocument.adoptedDocument')}:{' '}
          <Link
            href={localePath(d.language, documentPath(d))}
            className="text-link underline"
            lang={d.language}
          >
            {d.headline}
          </Link>
        </li>
      ))}
    </ul>
  );
}
