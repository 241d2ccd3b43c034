import type { ContentLanguage, DocumentKind } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

/**
 * A meeting document's name: a press release with its language and whether it is the original or the
 * translation ("Press release (English, translation)"); the agenda and the minutes by their kind.
 */
export function documentLabel(
  t: Translate,
  doc: { kind: DocumentKind; language: ContentLanguage; translationOfId: number | null },
) {
  const document = t(`documents.kind.${doc.kind}` as MessageKey);
  if (doc.kind !== 'press_release') return document;
  const language = t(`language.${doc.language}`);
  return t(
    doc.translationOfId === null ? 'bilingual.documentInOriginal' : 'bilingual.documentInTranslation',
    {
      document,
      language,
    },
  );
}
