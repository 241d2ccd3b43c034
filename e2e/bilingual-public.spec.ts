import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_SITE_SETTINGS } from '../db/demo-records';
import { pageAs } from './support/workflow';

// The public site's two editions with the demo's pair of releases (the Chinese original and its English
// translation, both published): each names the other, the switch leads from one to the other, the Chinese
// edition speaks Chinese only, searches Chinese, and lists a release it has only in English as English.

test.describe.configure({ mode: 'serial' });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type ApiRelease = {
  id: number;
  language: 'zh' | 'en';
  headline: string;
  url: string;
  counterpart: { id: number; language: 'zh' | 'en'; url: string } | null;
};

/** The demo meeting's release in each language, as the open-data API lists them. */
async function demoPair(request: APIRequestContext) {
  const list = async (language: string) =>
    (
      (await (await request.get(`/api/v1/releases?language=${language}&pageSize=100`)).json()) as {
        data: ApiRelease[];
      }
    ).data;
  const zh = (await list('zh')).find((r) => r.headline === '黄强主持召开省政府第25次常务会议')!;
  const en = (await list('en')).find((r) => r.id === zh.counterpart?.id)!;
  return { zh, en, zhPath: new URL(zh.url).pathname, enPath: new URL(en.url).pathname };
}

/** The text with the entities a page or feed may write quotes and ampersands as, decoded. */
const decoded = (text: string) =>
  text
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
    .replace(/&amp;/g, '&');

// The English site's name and footer values (the identification code is a number, the same in both).
const ENGLISH_VALUES = [
  DEMO_SITE_SETTINGS.sectionName,
  DEMO_SITE_SETTINGS.hostedBy,
  DEMO_SITE_SETTINGS.operator,
  DEMO_SITE_SETTINGS.icpNumber,
  DEMO_SITE_SETTINGS.securityRecord,
];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('each release page names the other as its alternate, and the language switch goes to it', async ({
  page,
}) => {
  const { zh, en, zhPath, enPath } = await demoPair(page.request);
  expect(zhPath).toMatch(/^\/zh\/releases\/2024\/\d+-meeting-25-2024-02-23$/);
  expect(enPath).toMatch(/^\/releases\/2024\/\d+-huang-qiang-chairs/);

  const alternate = (lang: string) =>
    page.locator(`head link[rel="alternate"][hreflang="${lang}"]:not([type])`);
  await page.goto(enPath);
  await expect(alternate('zh-CN')).toHaveAttribute('href', new RegExp(`${zhPath}$`));
  await expect(alternate('en')).toHaveAttribute('href', new RegExp(`${enPath}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(zhPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.headline);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await expect(alternate('en')).toHaveAttribute('href', new RegExp(`${enPath}$`));
  await expect(alternate('zh-CN')).toHaveAttribute('href', new RegExp(`${zhPath}$`));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(enPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.headline);

  // The sitemap names each at its own address, with the other as its alternate.
  const releases = await (await page.request.get('/sitemaps/releases-1.xml')).text();
  const entry = (path: string) =>
    new RegExp(`<url><loc>[^<]*${path}</loc>.*?</url>`).exec(releases.replace(/\n/g, ''))?.[0] ?? '';
  expect(entry(zhPath)).toMatch(new RegExp(`hreflang="en" href="[^"]*${enPath}"`));
  expect(entry(enPath)).toMatch(new RegExp(`hreflang="zh-CN" href="[^"]*${zhPath}"`));
});

test('a release’s address under the other language’s prefix redirects (308) to its counterpart', async ({
  request,
}) => {
  const { zh, en, zhPath, enPath } = await demoPair(request);
  const chineseUnderEnglish = zhPath.replace(/^\/zh/, '');
  for (const [from, to] of [
    [chineseUnderEnglish, enPath],
    [`/en${chineseUnderEnglish}`, enPath],
    [`/zh${enPath}`, zhPath],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    // Next writes a cached redirect's Location twice (the same value): the first is read.
    const location = response.headersArray().find((h) => h.name.toLowerCase() === 'location')!.value;
    expect(new URL(location, 'http://x').pathname, from).toBe(to);
  }
  expect(zh.counterpart?.id).toBe(en.id);
});

test('the Chinese pages and feeds carry no English site name or footer value', async ({ page }) => {
  const { zhPath } = await demoPair(page.request);
  const paths = [
    '/zh',
    zhPath,
    '/zh/archive',
    '/zh/archive/2024',
    '/zh/archive/2024/02',
    `/zh/search?q=${encodeURIComponent('会议')}`,
    '/zh/feed.xml',
    '/zh/rss.xml',
  ];
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const text = decoded(await response.text());
    for (const value of ENGLISH_VALUES) expect(text, `${path} shows “${value}”`).not.toContain(value);
  }
  // The Chinese values stand in their place.
  await page.goto('/zh');
  await expect(page.locator('footer')).toContainText(DEMO_SITE_SETTINGS.hostedByZh);
  const feed = decoded(await (await page.request.get('/zh/feed.xml')).text());
  expect(feed).toContain(`<title>${DEMO_SITE_SETTINGS.sectionNameZh}</title>`);
  expect(feed).toContain('黄强主持召开省政府第25次常务会议');
  expect(feed).not.toContain('Huang Qiang Chairs');
  const rss = decoded(await (await page.request.get('/zh/rss.xml')).text());
  expect(rss).toContain('<language>zh-CN</language>');
  expect(rss).toContain('黄强主持召开省政府第25次常务会议');
  // The English feeds stay English.
  const english = decoded(await (await page.request.get('/feed.xml')).text());
  expect(english).toContain('Huang Qiang Chairs');
  expect(english).not.toContain('黄强主持召开省政府第25次常务会议');
});

test('a Chinese two-character word finds the Chinese release on the Chinese search, which switches with its query', async ({
  page,
}) => {
  const { zh, zhPath, en } = await demoPair(page.request);
  await page.goto('/zh');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索新闻稿' }).fill('汽车');
  await header.getByRole('button', { name: '搜索' }).click();
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('link', { name: zh.headline })).toHaveAttribute('href', zhPath);
  await expect(results.locator('mark', { hasText: '汽车' }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: en.headline })).toHaveCount(0);

  // The switch keeps the query: the English site searches the same words, in its own releases.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent('汽车')}`);
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('汽车');
  await page.goto('/search?q=vehicle');
  await expect(
    page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: en.headline }),
  ).toBeVisible();
});

test('a release published only in English is listed on the Chinese site as English, with a notice, and passes axe', async ({
  browser,
  page,
}) => {
  // Imported as published: an English release of a meeting with no Chinese release published.
  const chair = `Wen Okapi${Date.now().toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  const headline = `${chair} Chairs Executive Meeting of the People's Government of Sichuan Province`;
  const text = [
    'Open Governance',
    headline,
    '',
    `On March 8, ${chair}, Governor of the People's Government of Sichuan Province, presided over the 31st Executive Meeting of the People's Government of Sichuan Province to study and deploy the protection of okapi habitats.`,
    '',
    'The Executive Meeting deliberated and adopted the Measures of Sichuan Province for Protecting Okapi Habitats.',
    '',
    'Other matters were also discussed at the Executive Meeting.',
    '',
  ].join('\n');
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/import');
  const form = admin.getByRole('form', { name: 'Upload releases' });
  await form
    .getByLabel('Release files (.txt)')
    .setInputFiles({ name: 'okapi.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await form.getByLabel('Year of the meetings').fill('2021');
  await form.getByRole('button', { name: 'Preview' }).click();
  await admin.getByRole('button', { name: 'Import', exact: true }).click();
  const results = admin.getByRole('region', { name: 'Import results' });
  await expect(results.getByText('okapi.txt: imported and published.')).toBeVisible();
  const englishPath = (await results
    .getByRole('link', { name: `Open the public page of “${headline}”` })
    .getAttribute('href'))!;
  await admin.context().close();

  // Listed on the Chinese archive, its headline marked English, with the label in Chinese.
  await page.goto('/zh/archive/2021');
  const link = page.getByRole('link', { name: headline });
  await expect(link).toHaveAttribute('lang', 'en');
  await expect(link).toHaveAttribute('href', `/zh${englishPath}`);
  await expect(page.getByText('仅有英文版')).toBeVisible();

  // Its page on the Chinese site: the Chinese frame, the English text marked English, the notice.
  await link.click();
  await expect(page).toHaveURL(`/zh${englishPath}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('note')).toHaveText('本新闻稿仅有英文版。');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.locator('.prose-release').locator('xpath=..')).toHaveAttribute('lang', 'en');
  // Its canonical address is the English one; there is no Chinese alternate to name.
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${englishPath}$`),
  );
  await expect(page.locator('head link[rel="alternate"][hreflang="zh-CN"]:not([type])')).toHaveCount(0);
  // Every English paragraph on the page sits inside an element marked English (WCAG 3.1.2).
  const unmarked = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (/[A-Za-z]{4,}/.test(text) && !node.parentElement?.closest('[lang|="en"]')) found.push(text);
    }
    return found;
  });
  expect(unmarked).toEqual([]);
  expect(await violations(page)).toEqual([]);

  // The switch leads to the same release on the English site, where it is simply English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(englishPath);
  await expect(page.getByRole('note')).toHaveCount(0);

  // The Chinese feeds list it with its own address.
  const feed = decoded(await (await page.request.get('/zh/feed.xml')).text());
  expect(feed).toContain(headline);
});

test('axe reports no violations on the Chinese pages', async ({ page }) => {
  const { zhPath } = await demoPair(page.request);
  for (const path of [
    '/zh',
    zhPath,
    '/zh/archive',
    '/zh/archive/2024',
    '/zh/archive/2021',
    `/zh/search?q=${encodeURIComponent('会议')}`,
    '/zh/search?q=okapi',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await violations(page), path).toEqual([]);
  }
});
