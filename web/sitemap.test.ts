import { describe, expect, it } from 'vitest';
import {
  releasesSitemapName,
  releasesSitemapResponse,
  sitemapFileOf,
  sitemapIndexResponse,
  sitemapResponse,
} from './sitemap';

describe('the sitemap files', () => {
  it('names the pages file and the numbered files of releases, and nothing else', () => {
    expect(sitemapFileOf('pages.xml')).toEqual({ pages: true });
    expect(sitemapFileOf(releasesSitemapName(3))).toEqual({ releases: 3 });
    for (const name of ['releases-0.xml', 'releases-01.xml', 'releases-1', 'releases-x.xml', '../pages.xml'])
      expect(sitemapFileOf(name), name).toBeNull();
  });

  it('writes every page in both languages, each naming both as alternates, with escaped addresses', async () => {
    const xml = await sitemapResponse('https://gov.example', [
      { path: '/releases/2024/7-a&b', lastModified: new Date('2024-02-23T02:00:00Z') },
    ]).text();
    expect(xml).toContain('<loc>https://gov.example/releases/2024/7-a&amp;b</loc>');
    expect(xml).toContain('<loc>https://gov.example/zh/releases/2024/7-a&amp;b</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(
      xml.match(/hreflang="zh-CN" href="https:\/\/gov.example\/zh\/releases\/2024\/7-a&amp;b"/g),
    ).toHaveLength(2);
    expect(xml.match(/<lastmod>2024-02-23T02:00:00.000Z<\/lastmod>/g)).toHaveLength(2);
  });

  it('indexes files by their absolute address', async () => {
    const xml = await sitemapIndexResponse([{ url: 'https://gov.example/sitemaps/pages.xml' }]).text();
    expect(xml).toContain('<sitemapindex');
    expect(xml).toContain('<loc>https://gov.example/sitemaps/pages.xml</loc>');
  });
});

describe('the sitemap of releases', () => {
  const at = new Date('2024-02-23T02:00:00Z');
  const english = { id: 8, slug: 'huang-qiang-chairs', year: '2024', language: 'en' as const };
  const chinese = { id: 7, slug: 'meeting-25-2024-02-23', year: '2024', language: 'zh' as const };

  it('names each release once, at its language’s address, with its counterpart as the alternate', async () => {
    const xml = await releasesSitemapResponse('https://gov.example', [
      { ...chinese, lastPublishedAt: at, counterpart: english },
      { ...english, lastPublishedAt: at, counterpart: chinese },
      { ...english, id: 9, slug: 'only-english', lastPublishedAt: at, counterpart: null },
    ]).text();
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain('<loc>https://gov.example/zh/releases/2024/7-meeting-25-2024-02-23</loc>');
    expect(xml).toContain('<loc>https://gov.example/releases/2024/8-huang-qiang-chairs</loc>');
    expect(xml).toContain('<loc>https://gov.example/releases/2024/9-only-english</loc>');
    expect(xml).not.toContain('/zh/releases/2024/8-');
    expect(
      xml.match(/hreflang="en" href="https:\/\/gov.example\/releases\/2024\/8-huang-qiang-chairs"/g),
    ).toHaveLength(2);
    expect(
      xml.match(
        /hreflang="zh-CN" href="https:\/\/gov.example\/zh\/releases\/2024\/7-meeting-25-2024-02-23"/g,
      ),
    ).toHaveLength(2);
    // Two alternates for each of the pair, none for the release without a counterpart.
    expect(xml.match(/<xhtml:link /g)).toHaveLength(4);
  });
});
