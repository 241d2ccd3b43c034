import { expect, type Page } from '@playwright/test';
import type { Release } from './workflow';

export type FeedEntry = { title: string; link: string };

/**
 * The entries of the Atom (/feed.xml) or RSS (/rss.xml) feed, fetched and parsed by the browser's own
 * DOMParser (the page must be on the site). Atom titles are HTML, so they are decoded to text.
 */
export async function feedEntries(page: Page, path: '/feed.xml' | '/rss.xml'): Promise<FeedEntry[]> {
  return page.evaluate(async (path) => {
    const response = await fetch(path, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) throw new Error(`${path} is not well-formed XML`);
    if (path === '/feed.xml') {
      const atom = 'http://www.w3.org/2005/Atom';
      if (doc.documentElement.namespaceURI !== atom || doc.documentElement.localName !== 'feed')
        throw new Error('not an Atom feed');
      return [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => {
        const html = entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '';
        return {
          title: new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
          link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
        };
      });
    }
    if (doc.documentElement.localName !== 'rss' || doc.documentElement.getAttribute('version') !== '2.0')
      throw new Error('not an RSS 2.0 feed');
    return [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
    }));
  }, path);
}

/** Every <loc> of /sitemap.xml, parsed by the browser (the page must be on the site). */
export async function sitemapUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    const locs = async (path: string) => {
      const response = await fetch(path, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) throw new Error(`${path} is not well-formed XML`);
      const root = doc.documentElement;
      return {
        isIndex: root.localName === 'sitemapindex' && root.namespaceURI === ns,
        locs: [...doc.getElementsByTagNameNS(ns, 'loc')].map((loc) => loc.textContent ?? ''),
      };
    };
    // /sitemap.xml is an index of files (the protocol's limit is 50,000 addresses a file): read them all.
    const index = await locs('/sitemap.xml');
    if (!index.isIndex) throw new Error('/sitemap.xml is not a sitemap index');
    const files = await Promise.all(index.locs.map((url) => locs(new URL(url).pathname)));
    return files.flatMap((file) => {
      if (file.isIndex) throw new Error('a sitemap index names another index');
      return file.locs;
    });
  });
}

/** Withdraws a published release as the leader, with a reason. */
export async function withdraw(leader: Page, release: Release, reason = 'Published by mistake.') {
  await leader.goto(`/review/${release.documentId}`);
  const form = leader.getByRole('form', { name: 'Withdraw publication' });
  await form.getByLabel('Reason for withdrawal').fill(reason);
  leader.once('dialog', (d) => d.accept());
  await form.getByRole('button', { name: 'Withdraw publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');
}
