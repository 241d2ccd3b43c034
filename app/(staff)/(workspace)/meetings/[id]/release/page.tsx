import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { doneStepOf } from '@/domain/step-done';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace, releaseLanguageParam } from '../load-document-workspace';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params, searchParams }: PageProps<'/meetings/[id]/release'>) {
  const language = releaseLanguageParam((await searchParams).lang);
  return meetingTitleOf((await params).id, (t) =>
    language
      ? t('bilingual.documentIn', {
          document: t('documents.kind.press_release'),
          language: t(`language.${language}`),
        })
      : t('documents.kind.press_release'),
  );
}

/**
 * A meeting's press release in one language (`?lang=zh` or `?lang=en`); the bare address shows the
 * original, as it did when a meeting had one release.
 */
export default async function ReleasePage({ params, searchParams }: PageProps<'/meetings/[id]/release'>) {
  const { id } = await params;
  const query = await searchParams;
  const language = releaseLanguageParam(query.lang);
  const user = await requireUser(`/meetings/${id}/release${language ? `?lang=${language}` : ''}`);
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'press_release', {
    redraft: query.redraft === '1',
    language,
  });
  return <DocumentWorkspace user={user} workspace={workspace} done={doneStepOf(query.done)} />;
}
