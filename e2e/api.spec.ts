import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DEMO_DECISIONS } from '../db/demo-records';
import { uniqueName } from './support/meetings';
import { withdraw } from './support/public-site';
import { storageState } from './support/roles';
import { approve, pageAs, publishNow, type Release } from './support/workflow';
import { ENGLISH_BODY } from './support/bodies';

// The API as other systems see it: no cookies, no Origin header, JSON in and out. Every answer is checked
// against the OpenAPI document the server itself publishes.

type OpenApi = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>
  >;
};

let openApi: OpenApi;
let ajv: Ajv2020;

test.beforeAll(async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  openApi = await response.json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...openApi, $id: 'gazette-openapi' });
});

/** Checks an answer's status and body against what the document promises for that path and method. */
async function expectDocumented(response: APIResponse, path: string, method = 'get') {
  const status = String(response.status());
  const documented = openApi.paths[path]?.[method]?.responses[status];
  expect(documented, `${method.toUpperCase()} ${path} ${status} is documented`).toBeTruthy();
  const ref = documented!.content?.['application/json']?.schema.$ref;
  const body: unknown = await response.json();
  if (ref) {
    const validate = ajv.getSchema(`gazette-openapi${ref}`)!;
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  }
  return body as Record<string, unknown> & { error?: { code: string; message: string } };
}

test.describe('open data', () => {
  test('the OpenAPI document is a valid OpenAPI 3.1 description', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(openApi as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openApi).toMatchObject({ openapi: '3.1.0' });
  });

  test('the demo release: list, detail and meeting answer as documented, with only public parts', async ({
    request,
  }) => {
    const list = await expectDocumented(await request.get('/api/v1/releases?year=2024'), '/releases');
    const data = list.data as { id: number; headline: string; url: string; meetingId: number }[];
    const demo = data.find((r) => r.headline.startsWith('Huang Qiang Chairs'))!;
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/releases\/2024\/\d+-huang-qiang-chairs/);
    expect(list).toMatchObject({ page: 1, pageSize: 20 });

    const detail = await expectDocumented(await request.get(`/api/v1/releases/${demo.id}`), '/releases/{id}');
    expect(detail).toMatchObject({
      id: demo.id,
      bodyFormat: 'markdown',
      firstPublishedAt: '2024-02-23T10:00:00.000Z',
    });

    // The English release links the meeting as its publication states it: in English.
    const links = detail.links as { meeting: string };
    expect(links.meeting).toMatch(new RegExp(`/api/v1/meetings/${demo.meetingId}\\?language=en$`));
    const meeting = await expectDocumented(
      await request.get(new URL(links.meeting).pathname + new URL(links.meeting).search),
      '/meetings/{id}',
    );
    expect(meeting).toMatchObject({
      language: 'en',
      sessionNumber: 25,
      heldOn: '2024-02-23',
      chair: { name: 'Huang Qiang' },
    });
    expect((meeting.decisions as { title: string }[]).map((d) => d.title)).toEqual(
      DEMO_DECISIONS.map((d) => d.title),
    );
    // Its Chinese release's publication, in Chinese: the original's, the default.
    const chinese = await expectDocumented(
      await request.get(`/api/v1/meetings/${demo.meetingId}`),
      '/meetings/{id}',
    );
    expect(chinese).toMatchObject({ language: 'zh', chair: { name: '黄强' } });
    expect((chinese.decisions as { title: string }[]).map((d) => d.title)).toEqual(
      DEMO_DECISIONS.map((d) => d.titleZh),
    );
    expect(JSON.stringify(meeting)).not.toMatch(/Li Na|Wang Jun|Zhang Wei|username|minutes|attendees|notes/i);
  });

  test('ETag and Last-Modified give 304 answers, with CORS for reading', async ({ request }) => {
    const first = await request.get('/api/v1/releases');
    const etag = first.headers()['etag']!;
    const lastModified = first.headers()['last-modified']!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()['cache-control']).toContain('public');
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    expect(first.headers()['access-control-allow-credentials']).toBeUndefined();

    const byTag = await request.get('/api/v1/releases', { headers: { 'If-None-Match': etag } });
    expect(byTag.status()).toBe(304);
    expect(byTag.headers()['etag']).toBe(etag);
    const byDate = await request.get('/api/v1/releases', { headers: { 'If-Modified-Since': lastModified } });
    expect(byDate.status()).toBe(304);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect(
      (await request.get('/api/v1/releases', { headers: { 'If-Modified-Since': older } })).status(),
    ).toBe(200);
    const otherTag = await request.get('/api/v1/releases', { headers: { 'If-None-Match': '"other"' } });
    expect(otherTag.status()).toBe(200);

    const preflight = await request.fetch('/api/v1/releases', {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
    expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect((await request.head('/api/v1/releases')).headers()['etag']).toBe(etag);
  });

  test('unknown ids answer 404 and bad parameters 400, as JSON errors', async ({ request }) => {
    const missing = await expectDocumented(await request.get('/api/v1/releases/999999'), '/releases/{id}');
    expect(missing.error).toMatchObject({ code: 'not_found' });
    const noMeeting = await expectDocumented(await request.get('/api/v1/meetings/999999'), '/meetings/{id}');
    expect(noMeeting.error?.code).toBe('not_found');
    expect((await request.get('/api/v1/releases/abc')).status()).toBe(404);

    const bad = await expectDocumented(
      await request.get('/api/v1/releases?pageSize=1000&since=yesterday'),
      '/releases',
    );
    expect(bad.error?.code).toBe('invalid_parameters');
    expect(
      (bad.error as unknown as { issues: { field: string }[] }).issues.map((i) => i.field).sort(),
    ).toEqual(['pageSize', 'since']);
  });
});

async function issueToken(admin: Page, name: string, account: string, roles: string[]): Promise<string> {
  await admin.goto('/admin/tokens');
  const form = admin.getByRole('form', { name: 'Issue token' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Acts for').selectOption({ label: account });
  for (const role of ['Secretary', 'Reviewer', 'Leader']) {
    await form.getByLabel(role, { exact: true }).setChecked(roles.includes(role));
  }
  await form.getByRole('button', { name: 'Issue token' }).click();
  await expect(form.getByText(`Token “${name}” issued.`)).toBeVisible();
  const token = await form.getByLabel('The new token').inputValue();
  expect(token).toMatch(/^gz_\d+_/);
  return token;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function call(
  request: APIRequestContext,
  method: 'post' | 'put',
  path: string,
  token: string,
  data?: unknown,
) {
  return request[method](`/api/v1${path}`, {
    headers: bearer(token),
    ...(data === undefined ? {} : { data }),
  });
}

test.describe('the integration API', () => {
  test.use({ storageState: storageState('admin') });

  test('a token issued in the workspace feeds a meeting to review, never further; refused without role or once revoked', async ({
    page,
    request,
    browser,
  }) => {
    const tokenName = uniqueName('Office automation');
    const token = await issueToken(page, tokenName, 'Li Na (Secretariat) (secretary)', ['Secretary']);
    await expect(page.getByRole('table', { name: 'Issued tokens' })).toContainText(tokenName);

    const chair = uniqueName('Chair');
    const meeting = await call(request, 'post', '/meetings', token, {
      bodyId: ENGLISH_BODY.id, // English-original: its release is the English original
      sessionNumber: 31,
      heldOn: '2026-06-18',
      chairName: chair,
      chairTitle: 'Governor of the Province',
    });
    const created = await expectDocumented(meeting, '/meetings', 'post');
    const meetingId = created.id as number;
    const documents = created.documents as { id: number; kind: string }[];
    const releaseId = documents.find((d) => d.kind === 'press_release')!.id;

    await expectDocumented(
      await call(request, 'post', `/meetings/${meetingId}/agenda-items`, token, {
        kind: 'deliberate_document',
        title: 'Measures for the integration test',
      }),
      '/meetings/{id}/agenda-items',
      'post',
    );
    const title = uniqueName('Measures of Sichuan Province for Exchanging Records');
    await expectDocumented(
      await call(request, 'post', `/meetings/${meetingId}/decisions`, token, {
        title,
        kind: 'measures',
        outcome: 'adopted',
      }),
      '/meetings/{id}/decisions',
      'post',
    );
    const invalid = await expectDocumented(
      await call(request, 'post', `/meetings/${meetingId}/decisions`, token, { title: '', kind: 'poem' }),
      '/meetings/{id}/decisions',
      'post',
    );
    expect(invalid.error?.code).toBe('invalid_parameters');

    const headline = `${chair} Chairs Executive Meeting of the People's Government of Sichuan Province`;
    const draft = await expectDocumented(
      await call(request, 'put', `/documents/${releaseId}/draft`, token, {
        baseRevisionId: null,
        headline,
        body:
          `On June 18, ${chair}, Governor of the Province, presided over the 31st Executive Meeting of the ` +
          `People's Government of Sichuan Province.\n\nThe meeting deliberated and adopted the ${title}.`,
      }),
      '/documents/{id}/draft',
      'put',
    );
    expect(draft).toMatchObject({ number: 1 });
    const stale = await call(request, 'put', `/documents/${releaseId}/draft`, token, {
      baseRevisionId: null,
      headline,
      body: 'Overwriting.',
    });
    expect((await expectDocumented(stale, '/documents/{id}/draft', 'put')).error?.code).toBe('conflict');

    const submitted = await call(request, 'post', `/documents/${releaseId}/submit`, token);
    expect(await expectDocumented(submitted, '/documents/{id}/submit', 'post')).toMatchObject({
      workingState: 'in_review',
      reviewStep: 1,
    });
    const again = await expectDocumented(
      await call(request, 'post', `/documents/${releaseId}/submit`, token),
      '/documents/{id}/submit',
      'post',
    );
    expect(again.error).toMatchObject({ code: 'workflow_refused', message: expect.stringMatching(/draft/i) });

    // No approving or publishing with a token: there is no such endpoint.
    for (const action of ['approve', 'publish']) {
      expect([404, 405]).toContain(
        (await call(request, 'post', `/documents/${releaseId}/${action}`, token)).status(),
      );
    }

    // People sign and publish; the release then appears in the open data, and leaves it when withdrawn.
    const release: Release = { meetingId, documentId: releaseId, headline, chair };
    const reviewer = await pageAs(browser, 'reviewer');
    const leader = await pageAs(browser, 'leader');
    await approve(reviewer, release, 'step 2 of 2');
    await approve(leader, release, 'Approved');
    const beforePublication = new Date(Date.now() - 1000).toISOString();
    await publishNow(leader, release);
    const since = await expectDocumented(
      await request.get(`/api/v1/releases?since=${encodeURIComponent(beforePublication)}`),
      '/releases',
    );
    expect((since.data as { id: number }[]).map((r) => r.id)).toEqual([releaseId]);
    const fed = await expectDocumented(await request.get(`/api/v1/meetings/${meetingId}`), '/meetings/{id}');
    expect(fed).toMatchObject({ chair: { name: chair, titleLine: 'Governor of the Province' } });
    expect((fed.decisions as { title: string }[]).map((d) => d.title)).toEqual([title]);
    await withdraw(leader, release);
    const gone = await expectDocumented(await request.get(`/api/v1/releases/${releaseId}`), '/releases/{id}');
    expect(gone.error?.code).toBe('gone');
    expect((await request.get(`/api/v1/meetings/${meetingId}`)).status()).toBe(404);

    // A token for the division head, scoped to the reviewer role: it may not create records.
    const reviewerToken = await issueToken(
      page,
      uniqueName('Reader'),
      'Wang Jun (Division Head) (reviewer)',
      ['Reviewer'],
    );
    const refused = await call(request, 'post', '/meetings', reviewerToken, {
      bodyId: 1,
      sessionNumber: 32,
      heldOn: '2026-06-19',
      chairName: chair,
    });
    expect((await expectDocumented(refused, '/meetings', 'post')).error?.code).toBe('forbidden');

    // Revoked, the first token is refused at once; so are no token and a forged one.
    await page.goto('/admin/tokens');
    page.once('dialog', (d) => d.accept());
    await page
      .getByRole('form', { name: `Revoke “${tokenName}”` })
      .getByRole('button', { name: 'Revoke' })
      .click();
    const row = page.getByRole('row').filter({ hasText: tokenName });
    await expect(row.getByRole('cell', { name: 'Revoked' })).toBeVisible();
    for (const headers of [bearer(token), {}, bearer(`${token.slice(0, -2)}xx`)]) {
      const response = await request.post('/api/v1/meetings', { headers, data: {} });
      expect((await expectDocumented(response, '/meetings', 'post')).error?.code).toBe('unauthorized');
      expect(response.headers()['www-authenticate']).toContain('Bearer');
    }

    // Every use is in the audit log, under the account and the token.
    await page.goto('/admin/audit?action=api.request');
    const tokenId = token.split('_')[1];
    const table = page.getByRole('table', { name: 'Audit log' });
    await expect(table.getByText(`Li Na (Secretariat) (API token #${tokenId})`).first()).toBeVisible();
    await page.goto(`/admin/audit?action=meeting.created`);
    await expect(table.getByText(`Li Na (Secretariat) (API token #${tokenId})`).first()).toBeVisible();
  });
});
