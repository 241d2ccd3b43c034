import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import {
  callAction,
  documentInfo,
  releaseBody,
  releaseIn,
  signedInContext,
  uniqueToken,
  type Crew,
} from '../support/hostile-client';
import { demoUser, type DemoRole } from '../support/roles';
import {
  databasePath,
  GAZETTE,
  killGazette,
  PurgeRecorder,
  SECOND_CACHE,
  startGazette,
  startVarnish,
  stopAll,
  stopVarnish,
  until,
  VARNISH,
} from './stack';

// The public site behind the shipped Varnish configuration: what a change publishes, corrects or withdraws
// is what every visitor gets through the cache, at once (polling, never waiting a fixed time); nothing
// private is kept; a cache or Gazette going down loses no purge. The latency is measured by `npm run bench`.

test.describe.configure({ mode: 'serial' });

const recorder = new PurgeRecorder();
let crew: Crew;
let admin: APIRequestContext;
let visitor: APIRequestContext;
// The leader publishes and withdraws in the browser, as on the review page: the change that revalidates
// Gazette's own page cache is the one that purges Varnish.
let leader: Page;

const must = async (ctx: APIRequestContext, key: string, fields: Record<string, string>) => {
  const outcome = await callAction(ctx, key, fields);
  expect(outcome.succeeded, `${key}: ${outcome.text.slice(0, 300)}`).toBe(true);
};
const signIn = (role: DemoRole) => signedInContext(demoUser(role).username, demoUser(role).password);

async function publishNow(documentId: number) {
  await leader.goto(`/review/${documentId}`);
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');
}

async function withdraw(documentId: number) {
  await leader.goto(`/review/${documentId}`);
  const form = leader.getByRole('form', { name: 'Withdraw publication' });
  await form.getByLabel('Reason for withdrawal').fill('Published by mistake.');
  leader.once('dialog', (d) => d.accept());
  await form.getByRole('button', { name: 'Withdraw publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');
}

/** A release with `token` in its headline, approved through the real actions and published; its ids. */
async function published(token: string, text: string) {
  const { meetingId } = await releaseIn(crew, 'approved', { headline: `Cache ${token}`, body: text });
  const { documentId } = await documentInfo(crew.secretary, meetingId);
  await publishNow(documentId);
  return { meetingId, documentId };
}

const through = async (path: string) => {
  const response = await visitor.get(path, { maxRedirects: 0 });
  return { status: response.status(), text: await response.text(), headers: response.headers() };
};
const shows = async (path: string, word: string) => (await through(path)).text.includes(word);

/** The release page's address, read from the home page through the cache. */
async function pageOf(documentId: number): Promise<string> {
  let href = '';
  await until('the release on the home page', async () => {
    href =
      new RegExp(`href="(/releases/\\d{4}/${documentId}-[^"]+)"`).exec((await through('/')).text)?.[1] ?? '';
    return href !== '';
  });
  return href;
}

function deliveries(target: string) {
  const db = new Database(databasePath(), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `select count(*) as total, sum(delivered_at is null) as pending from cache_purge_deliveries where target = ?`,
      )
      .get(target) as { total: number; pending: number };
  } finally {
    db.close();
  }
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await recorder.open();
  await startGazette();
  await startVarnish();
  admin = await signIn('admin');
  // The English-original body the drafts are written in (id 2 on the demo database).
  await must(admin, 'actions/create-body.ts#createBody', {
    originalLanguage: 'en',
    name: 'General Office of the Provincial Government',
    meetingName: 'Executive Meeting',
  });
  crew = {
    secretary: await signIn('secretary'),
    reviewer: await signIn('reviewer'),
    leader: await signIn('leader'),
  };
  visitor = await request.newContext({ baseURL: VARNISH });
  leader = await (await browser.newContext({ baseURL: GAZETTE })).newPage();
  await leader.goto('/login');
  await leader.getByLabel('User name').fill(demoUser('leader').username);
  await leader.getByLabel('Password').fill(demoUser('leader').password);
  await leader.getByRole('button', { name: 'Sign in' }).click();
  await expect(leader).toHaveURL(/\/meetings$/);
});

test.afterAll(async () => {
  await recorder.close();
  await stopAll();
});

test('publish, correction and withdrawal are what every visitor gets through the cache', async () => {
  test.setTimeout(90_000);
  // The lists are cached before the change (a second request is a hit), so only a purge can update them.
  for (const path of ['/', '/feed.xml', '/rss.xml', '/api/v1/releases']) {
    await through(path);
    expect((await through(path)).headers['x-cache'], path).toBe('HIT');
  }
  const token = uniqueToken();
  const search = `/search?q=${token}`;
  await through(search);

  const release = await published(token, `The first text ${token}x.`);
  const page = await pageOf(release.documentId);
  for (const path of ['/', '/feed.xml', '/rss.xml', search, '/api/v1/releases', page]) {
    await until(`${path} showing the release`, () => shows(path, token));
  }
  const first = await through(page);
  expect(first.text.includes(`${token}x`), 'the first text').toBe(true);
  expect(first.headers['etag'], 'a validator').toBeTruthy();
  const revalidated = await visitor.get(page, { headers: { 'if-none-match': first.headers['etag']! } });
  expect(revalidated.status()).toBe(304);

  // A correction: edited, reviewed again and republished at the same address.
  const { revisionId } = await documentInfo(crew.secretary, release.meetingId);
  const body = (await releaseBody(crew.secretary, release.meetingId)).replace(`${token}x`, `${token}y`);
  await must(crew.secretary, 'actions/save-revision.ts#saveRevision', {
    documentId: String(release.documentId),
    baseRevisionId: String(revisionId),
    headline: `Cache ${token}`,
    body,
  });
  const corrected = await documentInfo(crew.secretary, release.meetingId);
  await must(crew.secretary, 'actions/submit-for-review.ts#submitForReview', {
    documentId: String(release.documentId),
  });
  for (const approver of [crew.reviewer, crew.leader]) {
    await must(approver, 'actions/approve-step.ts#approveStep', {
      documentId: String(release.documentId),
      revisionId: String(corrected.revisionId),
      // The first step carries the confidentiality statement; confirming it elsewhere changes nothing.
      confidentiality: 'on',
    });
  }
  await publishNow(release.documentId);
  await until('the correction', () => shows(page, `${token}y`));
  expect((await through(page)).text.includes(`${token}x`), 'the corrected text').toBe(false);

  await withdraw(release.documentId);
  await until('the withdrawn notice', async () => (await through(page)).status === 410);
  for (const path of ['/', '/feed.xml', '/rss.xml', '/api/v1/releases']) {
    await until(`${path} without the release`, async () => !(await shows(path, token)));
  }
});

test('staff pages, drafts and signed-in answers are never kept for anyone else', async () => {
  const marker = `leakdraft ${uniqueToken()}`;
  const { meetingId } = await releaseIn(crew, 'draft', { headline: 'Draft', body: marker });
  const staffPage = `/meetings/${meetingId}/release`;
  const cookie = (await crew.secretary.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  // The secretary reads the draft through the cache; the answer is private and not kept.
  const signedIn = await visitor.get(staffPage, { headers: { cookie } });
  expect((await signedIn.text()).includes(marker), 'the draft to its secretary').toBe(true);
  expect(signedIn.headers()['cache-control']).toBe('private, no-store');
  const home = await visitor.get('/', { headers: { cookie } });
  expect(home.headers()['cache-control']).toBe('private, no-store');
  expect(home.headers()['x-cache']).toBe('MISS');

  const anonymous = await through(staffPage);
  expect(anonymous.status).toBe(307);
  expect(anonymous.text.includes(marker), 'the draft to an anonymous visitor').toBe(false);
  // The search is for the first word: a search page echoes its query, not what it found.
  const [word, token] = marker.split(' ');
  for (const path of ['/', `/search?q=${word}`, '/feed.xml']) {
    expect((await through(path)).text.includes(token!), `${path} shows the draft`).toBe(false);
  }

  // The contract at the origin: tags and a bounded shared lifetime on public answers, nothing on staff ones.
  const origin = await fetch(`${GAZETTE}/`);
  expect(origin.headers.get('surrogate-key')).toContain('gz-home');
  expect(origin.headers.get('surrogate-control')).toMatch(/^max-age=\d+, stale-if-error=\d+$/);
  expect(origin.headers.get('cache-control')).not.toContain('31536000');
  const staff = await fetch(`${GAZETTE}${staffPage}`, { headers: { cookie }, redirect: 'manual' });
  expect(staff.headers.get('cache-control')).toBe('private, no-store');
  expect(staff.headers.get('surrogate-key')).toBeNull();
});

test('headers, query strings and Host cannot change what others receive', async () => {
  const key = uniqueToken();
  // A forwarded host or protocol from the client would reach Gazette as Varnish's word (TRUST_PROXY=1).
  await visitor.get(`/feed.xml?k=${key}`, {
    headers: {
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      forwarded: 'host=evil.example',
    },
  });
  const feed = await through(`/feed.xml?k=${key}`);
  expect(feed.headers['x-cache']).toBe('HIT');
  expect(feed.text.includes('evil.example'), 'a forwarded host in the feed').toBe(false);
  // Another Host is another cache entry, never this site's.
  const evil = await visitor.get(`/feed.xml?k=${key}h`, { headers: { host: 'evil.example' } });
  expect(evil.status()).toBeLessThan(500);
  expect((await through(`/feed.xml?k=${key}h`)).text.includes('evil.example'), 'another Host').toBe(false);
  // Next's flight data for client navigation varies on its own headers; a page stays a page.
  await visitor.get(`/?k=${key}`, { headers: { rsc: '1' } });
  const html = await through(`/?k=${key}`);
  expect(html.headers['content-type']).toContain('text/html');
  expect(html.text.startsWith('<!DOCTYPE html>'), 'a page').toBe(true);
  // Tracking parameters and parameter order share one entry; a stray cookie does not split it.
  await through(`/archive?a=1&b=${key}`);
  const variant = await visitor.get(`/archive?utm_source=x&b=${key}&a=1&fbclid=y`, {
    headers: { cookie: 'theme=dark' },
  });
  expect(variant.headers()['x-cache']).toBe('HIT');
});

test('a cache down during publish and withdraw, then Gazette killed with purges pending: nothing is lost', async () => {
  test.setTimeout(120_000);
  await stopVarnish();
  const token = uniqueToken();
  const release = await published(token, `Published while the cache was down ${token}.`);
  await withdraw(release.documentId);
  await until('failed purges waiting', async () => deliveries(`${VARNISH}/`).pending >= 2);
  await startVarnish();
  await until('the purges delivered after the outage', async () => deliveries(`${VARNISH}/`).pending === 0);
  expect((await through('/')).text.includes(token), 'the withdrawn release on the home page').toBe(false);

  // The second cache goes away; a publication's purge waits for it; Gazette is killed; the cache returns.
  await recorder.close();
  const later = uniqueToken();
  const second = await published(later, `Published before a crash ${later}.`);
  await until('a purge pending at the second cache', async () => deliveries(`${SECOND_CACHE}/`).pending > 0);
  await until('the release through the cache', () => shows('/', later));
  await killGazette();
  // Varnish keeps serving what it holds while Gazette is down.
  const whileDown = await through('/');
  expect(whileDown.status).toBe(200);
  expect(whileDown.headers['x-cache']).toBe('HIT');
  await recorder.open();
  await startGazette();
  await until('the pending purge delivered after the restart', async () =>
    recorder.purges.some((tags) => tags.includes(`gz-release-${second.documentId}`)),
  );
  await until('nothing pending', async () => deliveries(`${SECOND_CACHE}/`).pending === 0);

  // The administrator sees the deliveries.
  const adminPage = await (await admin.get('/admin/cache')).text();
  expect(adminPage).toContain('Waiting: 0; of them failing: 0.');
  expect(adminPage).toContain(`gz-release-${second.documentId}`);
});
