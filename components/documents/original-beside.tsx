import type { OriginalBeside as OriginalBesideData } from '@/data/translation-source';
import type { Translate } from '@/messages';
import { MarkdownBody } from './markdown-body';

const BASIS = {
  published: 'bilingual.original.published',
  approved: 'bilingual.original.approved',
  current: 'bilingual.original.current',
} as const;

/** Paragraphs of a Markdown body: the blank-line-separated blocks a release is written in. */
export const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The original's text beside its translation's editor, paragraph by paragraph and numbered, so that the
 * translator keeps their place; its own language is marked on it.
 */
export function OriginalBeside({ original, t }: { original: OriginalBesideData; t: Translate }) {
  const language = t(`language.${original.language}`);
  const { revision, basis } = original;
  return (
    <section
      aria-labelledby="original-beside-heading"
      className="rounded border border-line-subtle bg-canvas p-4"
      data-testid="original-beside"
    >
      <h3 id="original-beside-heading" className="text-sm font-semibold">
        {t('bilingual.original.title', { language })}
      </h3>
      {revision && basis ? (
        <>
          <p className="mb-3 text-sm text-muted">{t(BASIS[basis], { number: revision.number })}</p>
          <p lang={original.language} className="mb-3 font-semibold">
            {revision.headline}
          </p>
          <ol className="space-y-3">
            {paragraphsOf(revision.body).map((paragraph, i) => (
              <li key={i} className="border-s-2 border-line ps-3">
                <span className="block text-xs text-muted">
                  {t('bilingual.original.paragraph', { number: i + 1 })}
                </span>
                <div lang={original.language}>
                  <MarkdownBody markdown={paragraph} className="prose-release font-serif" />
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="text-sm text-muted">{t('bilingual.original.none', { language })}</p>
      )}
    </section>
  );
}
