import type { Page } from '@playwright/test';
import type { DemoRole } from './roles';

// The key pages of the site, as `npm run screenshots` saves them and the accessibility suite checks them:
// each with who sees it and how to find its address on the demo database.

export type Viewer = 'public' | Exclude<DemoRole, 'liaison'>;
export type KeyPage = {
  name: string;
  viewer: Viewer;
  /** The address; a function finds it from a page the viewer can open (the demo's ids are not fixed). */
  path: string | ((page: Page) => Promise<string>);
  /** Printed (print media), not on screen. */
  print?: true;
};

async function firstHref(page: Page, from: string, selector: string): Promise<string> {
  await page.goto(from);
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link ${selector} on ${from}`);
  return href;
}

const releasePage = (page: Page) => firstHref(page, '/', 'main a[href*="/releases/"]');
const meetingPage = (page: Page) =>
  firstHref(page, '/meetings', 'main a[href^="/meetings/"]:not([href$="/new"])');
async function releaseEditor(page: Page) {
  const meeting = (await meetingPage(page)).match(/^\/meetings\/\d+/)?.[0];
  return `${meeting}/release`;
}

export const PUBLIC_PAGES: KeyPage[] = [
  { name: 'home', viewer: 'public', path: '/' },
  { name: 'release', viewer: 'public', path: releasePage },
  { name: 'archive', viewer: 'public', path: '/archive' },
  {
    name: 'archive-year',
    viewer: 'public',
    path: (page) => firstHref(page, '/archive', 'main a[href^="/archive/"]'),
  },
  { name: 'search', viewer: 'public', path: '/search?q=vehicle' },
  { name: 'not-found', viewer: 'public', path: '/no-such-page' },
  { name: 'withdrawn', viewer: 'public', path: '/gone' },
  { name: 'print', viewer: 'public', path: releasePage, print: true },
];

export const WORKSPACE_PAGES: KeyPage[] = [
  { name: 'landing-secretary', viewer: 'secretary', path: '/tasks' },
  { name: 'landing-reviewer', viewer: 'reviewer', path: '/tasks' },
  { name: 'landing-leader', viewer: 'leader', path: '/tasks' },
  { name: 'landing-admin', viewer: 'admin', path: '/tasks' },
  { name: 'register', viewer: 'secretary', path: '/meetings' },
  { name: 'meeting-records', viewer: 'secretary', path: meetingPage },
  { name: 'editor', viewer: 'secretary', path: releaseEditor },
  { name: 'review-queue', viewer: 'reviewer', path: '/review' },
  { name: 'admin-settings', viewer: 'admin', path: '/admin/settings' },
];

/** The public address of a path in the Chinese edition. */
export const inChinese = (path: string) => (path === '/' ? '/zh' : `/zh${path}`);
