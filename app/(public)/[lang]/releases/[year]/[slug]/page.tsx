import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { PageBar } from '@/components/public/page-bar';
import { RelatedReleases } from '@/components/public/related-releases';
import { ReleaseDetails } from '@/components/public/release-details';
import { ReleaseNeighbours } from '@/components/public/release-neighbours';
import { ShareQr } from '@/components/public/share-qr';
import { neighbourReleases, relatedReleases, releaseMeeting } from '@/data/release-context';
import { archiveYearPath } from '@/domain/archive-paths';
import { env } from '@/config/env';
import { textLang } from '@/components/public/other-language';
import { readingToolLabels } from '@/components/public/reading-tool-labels';
import { ReadingTools } from '@/components/public/reading-tools';
import { ReleaseAttachments } from '@/components/public/release-attachments';
import { publishedAttachments } from '@/data/attachments';
import { getPublishedRelease, type PublicRelease } from '@/data/public-releases';
import { getSiteSettings, siteIdentity } from '@/data/site-settings';
import { releaseIdOfSegment, releasePath } from '@/domain/release-address';
import { formatDate } from '@/domain/format';
import type { LanguageAddress } from '@/data/public-release';
import type { Locale } from '@/messages';
import { htmlLang, localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PublishedTime } from '@/components/public/published-time';
import { AdoptedDocuments } from '@/components/public/adopted-documents';
import { issuedDocumentsOfRelease } from '@/data/public-documents';
import { FollowUpLink } from '@/components/public/follow-up-link';
import { publicProgressMeetingOf } from '@/data/follow-up-public';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

function loadRelease(slug: string) {
  const id = releaseIdOfSegment(slug);
  return id === null ? null : getPublishedRelease(id);
}

/** A release's own address: in the edition of its language (where its page is canonical). */
const ownAddress = (r: LanguageAddress) => localePath(r.language, releasePath(r));

/**
 * Where this edition's page of a release belongs: its counterpart in the edition's language when that is
 * published (a release's address under the other language's prefix leads there), else this release.
 */
const shownIn = (release: PublicRelease, locale: Locale): LanguageAddress =>
  release.language !== locale && release.counterpart?.language === locale ? release.counterpart : release;

/** The release and its published counterpart, each named by its language (hreflang). */
function languageAlternates(release: PublicRelease): Record<string, string> {
  const alternates = { [htmlLang[release.language]]: ownAddress(release) };
  if (release.counterpart)
    alternates[htmlLang[release.counterpart.language]] = ownAddress(release.counterpart);
  return alternates;
}

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/releases/[year]/[slug]'>): Promise<Metadata> {
  const { lang, slug } = await params;
  const { locale } = publicLocale(lang);
  const release = loadRelease(slug);
  if (!release) return {};
  const canonical = ownAddress(release);
  return {
    title: release.headline,
    description: release.lead,
    alternates: { canonical, languages: languageAlternates(release) },
    openGraph: {
      type: 'article',
      title: release.headline,
      description: release.lead,
      url: canonical,
      siteName: siteIdentity(getSiteSettings(), locale).sectionName,
      locale: htmlLang[release.language],
      publishedTime: release.firstPublishedAt.toISOString(),
      modifiedTime: release.lastPublishedAt.toISOString(),
    },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[lang]/releases/[year]/[slug]'>) {
  const { lang, year, slug } = await params;
  const { locale, t } = publicLocale(lang);
  const release = loadRelease(slug);
  if (!release) notFound();
  // Under the other language's prefix a release leads to its counterpart (308); a changed slug, to the
  // current one. Otherwise the page is this release, in this edition's frame.
  const shown = shownIn(release, locale);
  const address = releasePath(shown);
  if (shown !== release || address !== `/releases/${year}/${slug}`) {
    permanentRedirect(localePath(locale, address));
  }
  const settings = getSiteSettings();
  const { timeZone } = settings;
  const updated = release.lastPublishedAt.getTime() !== release.firstPublishedAt.getTime();
  // The text of a release this edition has only in the other language carries that language.
  const textLanguage = textLang(release.language, locale);
  const switchTo = release.counterpart ?? release;
  const meeting = releaseMeeting(release.id);
  const { previous, next } = neighbourReleases(release, locale);
  const related = meeting ? relatedReleases(release, meeting, locale) : [];
  const { siteOrigin } = env();
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), releasePath(switchTo))}
        crumbs={[
          { label: t('publicNav.meetingsByYear'), path: '/archive' },
          { label: year, path: archiveYearPath(Number(year)) },
          { label: release.headline, lang: textLanguage },
        ]}
      />
      <div className="grid gap-section lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="max-w-text">
          {textLanguage ? (
            <p
              role="note"
              className="mb-4 rounded border-l-4 border-line-strong bg-surface-muted p-3 text-sm"
            >
              {t(`public.onlyIn.${release.language}`)}
            </p>
          ) : null}
          <h1 className="text-title font-semibold md:text-display" lang={textLanguage}>
            {release.headline}
          </h1>
          <p className="mt-2 text-sm text-muted">
            <PublishedTime
              at={release.firstPublishedAt}
              heldOn={release.heldOn}
              locale={locale}
              timeZone={timeZone}
              t={t}
            />
            {updated ? (
              <>
                {' · '}
                <time dateTime={release.lastPublishedAt.toISOString()}>
                  {t('public.updated', { date: formatDate(release.lastPublishedAt, locale, timeZone) })}
                </time>
              </>
            ) : null}
          </p>
          <ReadingTools labels={readingToolLabels(t)} />
          {release.correctionNote ? (
            <aside
              aria-label={t('public.correction')}
              className="mt-4 rounded border-l-4 border-warning-line bg-warning-soft p-3 text-sm"
            >
              <p>{t('public.correction')}</p>
              <p className="mt-1" lang={textLanguage}>
                {release.correctionNote}
              </p>
            </aside>
          ) : null}
          <div className="mt-4">
            <ReleaseDetails
              meeting={meeting}
              source={siteIdentity(settings, locale).hostedBy}
              publishedAt={release.firstPublishedAt}
              updatedAt={updated ? release.lastPublishedAt : null}
              locale={locale}
              timeZone={timeZone}
              t={t}
              language={release.language}
              lang={textLanguage}
              adoptedDocuments={
                <AdoptedDocuments documents={issuedDocumentsOfRelease(release.id, release.language)} t={t} />
              }
            />
          </div>
          <div lang={textLanguage}>
            <MarkdownBody markdown={release.body} className="prose-release mt-6 text-body" />
          </div>
          <ReleaseAttachments
            documentId={release.id}
            attachments={publishedAttachments(release.id)}
            textLanguage={textLanguage}
            t={t}
            locale={locale}
          />
          <ReleaseNeighbours previous={previous} next={next} locale={locale} t={t} />
        </article>
        <div className="release-aside space-y-8">
          {siteOrigin ? (
            <ShareQr
              url={`${siteOrigin}${ownAddress(release)}`}
              label={t('release.qrCode')}
              caption={t('release.share')}
            />
          ) : null}
          <RelatedReleases releases={related} locale={locale} timeZone={timeZone} t={t} />
          <FollowUpLink meetingId={publicProgressMeetingOf(release.id)} locale={locale} t={t} />
        </div>
      </div>
    </>
  );
}
