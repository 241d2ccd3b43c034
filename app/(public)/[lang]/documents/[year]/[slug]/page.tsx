import { ReleaseAttachments } from '@/components/public/release-attachments';
import { publishedAttachments } from '@/data/attachments';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { DocumentHeaderBlock } from '@/components/public/document-header-block';
import { LanguageSwitch } from '@/components/public/language-switch';
import { textLang } from '@/components/public/other-language';
import { readingToolLabels } from '@/components/public/reading-tool-labels';
import { ReadingTools } from '@/components/public/reading-tools';
import { getPublishedIssued, type PublicAddressOf } from '@/data/public-documents';
import { getSiteSettings } from '@/data/site-settings';
import { documentPath } from '@/domain/document-address';
import { releaseIdOfSegment, releasePath } from '@/domain/release-address';
import type { MessageKey } from '@/messages';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

function load(slug: string) {
  const id = releaseIdOfSegment(slug);
  return id === null ? null : getPublishedIssued(id);
}

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/documents/[year]/[slug]'>): Promise<Metadata> {
  const doc = load((await params).slug);
  if (!doc) return {};
  return {
    title: doc.headline,
    alternates: { canonical: localePath(doc.language, documentPath(doc)) },
  };
}

const Related = ({
  label,
  to,
  release = false,
}: {
  label: string;
  to: PublicAddressOf;
  release?: boolean;
}) => (
  <li>
    {label}:{' '}
    <Link
      href={localePath(to.language, release ? releasePath(to) : documentPath(to))}
      className="text-link underline"
      lang={to.language}
    >
      {to.headline}
    </Link>
  </li>
);

/** An issued document's public page: its catalogue header block, its text, and the documents it links to. */
export default async function PublicDocumentPage({ params }: PageProps<'/[lang]/documents/[year]/[slug]'>) {
  const { lang, year, slug } = await params;
  const { locale, t } = publicLocale(lang);
  const doc = load(slug);
  if (!doc) notFound();
  const address = documentPath(doc);
  // Under the other language's prefix, or with a changed slug, the page leads to its own address.
  if (doc.language !== locale && doc.counterpart?.language === locale) {
    permanentRedirect(localePath(locale, documentPath(doc.counterpart)));
  }
  if (address !== `/documents/${year}/${slug}`) permanentRedirect(localePath(locale, address));
  const { timeZone } = getSiteSettings();
  const textLanguage = textLang(doc.language, locale);
  return (
    <>
      <LanguageSwitch
        locale={locale}
        t={t}
        href={localePath(otherLocale(locale), documentPath(doc.counterpart ?? doc))}
      />
      <article>
        <p className="text-sm font-medium text-muted">{t(`documents.kind.${doc.kind}` as MessageKey)}</p>
        <h1 className="mb-4 text-2xl font-semibold leading-snug" lang={textLanguage}>
          {doc.headline}
        </h1>
        <DocumentHeaderBlock doc={doc} locale={locale} timeZone={timeZone} t={t} />
        <ReadingTools labels={readingToolLabels(t)} />
        <div lang={textLanguage}>
          <MarkdownBody markdown={doc.body} className="prose-release mt-6 text-lg" />
        </div>
        <ReleaseAttachments
          documentId={doc.id}
          attachments={publishedAttachments(doc.id)}
          textLanguage={textLanguage}
          t={t}
          locale={locale}
        />
        <ul className="mt-8 space-y-1 border-t border-line pt-4 text-sm" data-testid="document-links">
          {doc.policy ? <Related label={t('publicDocument.policyLink')} to={doc.policy} /> : null}
          {doc.interpretations.map((i) => (
            <Related key={i.id} label={t('publicDocument.interpretationLink')} to={i} />
          ))}
          {doc.release ? <Related label={t('publicDocument.releaseLink')} to={doc.release} release /> : null}
        </ul>
      </article>
    </>
  );
}
