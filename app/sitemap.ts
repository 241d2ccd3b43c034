import type { MetadataRoute } from 'next';
import { listArchiveYears, listSitemapReleases, type SitemapRelease } from '@/data/public-archive';
import { untilNextAuditedChange } from '@/data/public-cache';
import { releasePath } from '@/data/public-releases';
import { archiveMonthPath, archiveYearPath } from '@/lib/archive-paths';
import { htmlLang, localePath, PUBLIC_LOCALES } from '@/lib/public-locale';
import { siteOrigin } from '@/lib/site-origin';

// Read on every request (never at build time, when there is no database), but listed again only after a
// change (see data/public-cache.ts): it names every published release.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  return untilNextAuditedChange(`sitemap:${origin}`, async () => everyPublicAddress(origin));
}

/** Only published releases, the archive and the home page, in both languages. */
function everyPublicAddress(origin: string): MetadataRoute.Sitemap {
  const releases = listSitemapReleases();
  const newest = releases.reduce<Date | undefined>(
    (latest, r) => (latest && latest > r.lastPublishedAt ? latest : r.lastPublishedAt),
    undefined,
  );
  // Every page in both languages, each naming the other as its alternate.
  const inBothLanguages = (path: string, lastModified?: Date): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(
      PUBLIC_LOCALES.map((l) => [htmlLang[l], `${origin}${localePath(l, path)}`]),
    );
    return PUBLIC_LOCALES.map((l) => ({
      url: `${origin}${localePath(l, path)}`,
      lastModified,
      alternates: { languages },
    }));
  };
  return [
    ...inBothLanguages('/', newest),
    ...inBothLanguages('/archive', newest),
    ...listArchiveYears().flatMap(({ year }) => inBothLanguages(archiveYearPath(year))),
    ...archiveMonths(releases).flatMap(({ year, month }) => inBothLanguages(archiveMonthPath(year, month))),
    ...releases.flatMap((r) => inBothLanguages(releasePath(r), r.lastPublishedAt)),
  ];
}

/** The months that have releases, each once, in the releases' order (oldest first). */
function archiveMonths(releases: SitemapRelease[]) {
  const months = new Map<string, { year: number; month: number }>();
  for (const r of releases) months.set(`${r.year}-${r.month}`, { year: Number(r.year), month: r.month });
  return [...months.values()];
}
