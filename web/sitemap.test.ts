import { describe, expect, it } from 'vitest';
import { releasesSitemapName, sitemapFileOf, sitemapIndexResponse, sitemapResponse } from './sitemap';

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
