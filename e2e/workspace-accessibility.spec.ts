import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { DemoRole } from './support/roles';
import { signedInNewUser } from './support/users';
import { draftedRelease, pageAs, submit } from './support/workflow';

// WCAG 2.2 A/AA on the workspace: each page as the role that works on it, at a desktop width and a
// phone's, and the secretary's pages in the Chinese workspace too. One page per role, signed in from the
// stored sessions, is reused by every check.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 390] as const;
/** The demo meeting, made first by the demo data. */
const DEMO_MEETING = 1;

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A demo role, or a secretary whose workspace is in Chinese. */
type Reader = DemoRole | 'secretary (中文)';
const pages = new Map<Reader, Page>();
let inReview = 0;

async function signedIn(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await pageAs(browser, role);
  pages.set(role, page);
  return page;
}

test.beforeAll(async ({ browser }) => {
  const secretary = await signedIn(browser, 'secretary');
  await signedIn(browser, 'reviewer');
  await signedIn(browser, 'admin');
  const chinese = await signedInNewUser(browser, 'Chinese Clerk', ['Secretary']);
  await chinese.goto('/account');
  await chinese
    .getByRole('combobox', { name: 'Language of the workspace' })
    .selectOption({ label: '简体中文' });
  await chinese.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(chinese.getByText('工作台已切换为简体中文。')).toBeVisible();
  pages.set('secretary (中文)', chinese);
  // A release waiting for its first review step: the review queue and screen have something to show.
  const release = await draftedRelease(secretary);
  await submit(secretary, release);
  inReview = release.documentId;
  await secretary.goto(`/meetings/${DEMO_MEETING}`);
  await expect(secretary.getByRole('heading', { level: 1 })).toContainText('25th');
});

test.afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

const checks: [string, Reader, () => string][] = [
  ['the meeting register', 'secretary', () => '/meetings'],
  ['the register, filtered', 'secretary', () => '/meetings?q=Huang&status=held'],
  ['the new meeting form', 'secretary', () => '/meetings/new'],
  ['a meeting’s records', 'secretary', () => `/meetings/${DEMO_MEETING}`],
  ['the Chinese release editor', 'secretary', () => `/meetings/${DEMO_MEETING}/release?lang=zh`],
  ['the English release editor', 'secretary', () => `/meetings/${DEMO_MEETING}/release?lang=en`],
  ['the minutes editor', 'secretary', () => `/meetings/${DEMO_MEETING}/minutes`],
  ['a meeting’s history', 'secretary', () => `/meetings/${DEMO_MEETING}/history`],
  ['the notifications', 'secretary', () => '/notifications'],
  ['the account page', 'secretary', () => '/account'],
  ['the follow-up register', 'secretary', () => `/follow-up?meeting=${DEMO_MEETING}`],
  ['the dashboard', 'secretary', () => '/dashboard'],
  ['the review queue', 'reviewer', () => '/review'],
  ['the review screen', 'reviewer', () => `/review/${inReview}`],
  ['the users', 'admin', () => '/admin/users'],
  ['the bodies', 'admin', () => '/admin/bodies'],
  ['the review chains', 'admin', () => '/admin/review-chains'],
  ['the site settings', 'admin', () => '/admin/settings'],
  ['the import', 'admin', () => '/admin/import'],
  ['the API tokens', 'admin', () => '/admin/tokens'],
  ['the audit log', 'admin', () => '/admin/audit'],
  ['the meeting register in Chinese', 'secretary (中文)', () => '/meetings'],
  ['a meeting’s records in Chinese', 'secretary (中文)', () => `/meetings/${DEMO_MEETING}`],
  [
    'the Chinese release editor in Chinese',
    'secretary (中文)',
    () => `/meetings/${DEMO_MEETING}/release?lang=zh`,
  ],
  [
    'the English release editor in Chinese',
    'secretary (中文)',
    () => `/meetings/${DEMO_MEETING}/release?lang=en`,
  ],
  ['the minutes editor in Chinese', 'secretary (中文)', () => `/meetings/${DEMO_MEETING}/minutes`],
  ['the account page in Chinese', 'secretary (中文)', () => '/account'],
  ['the dashboard in Chinese', 'secretary (中文)', () => '/dashboard'],
];

test.describe('no WCAG 2.2 A/AA violations in the workspace', () => {
  for (const width of WIDTHS) {
    for (const [name, role, path] of checks) {
      test(`${name} at ${width} px`, async () => {
        const page = pages.get(role)!;
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(path());
        expect(response?.status()).toBe(200);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
