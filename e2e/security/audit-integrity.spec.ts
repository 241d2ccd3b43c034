import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import {
  anonymousContext,
  callAction,
  createAccount,
  demoAdmin,
  releaseInfo,
  signedInContext,
  uniqueToken,
} from '../support/hostile-client';
import { reportFigures } from '../support/security-figures';
import { ENGLISH_BODY } from '../support/bodies';

// Item 7 of the security checks: the audit log holds exactly what happened, and text typed by users
// (CR, LF, control characters) cannot add a line to its CSV export or a row to its page. That the
// database refuses UPDATE and DELETE on audit events is checked in data/workflow.test.ts.

const FORGED_ID = '987654321';
const FORGED_RECORD = `${FORGED_ID},2020-01-01T00:00:00.000Z,user,1,admin,user.created,user,1,{}`;
const HOSTILE = [
  `Forger\r\n${FORGED_RECORD}`,
  `Forger\n${FORGED_RECORD}`,
  `Forger\r${FORGED_RECORD}`,
  `Forger\u0085${FORGED_RECORD}`,
  `Forger\u2028${FORGED_RECORD}`,
  `Forger\u0000\u0007\u001b[31m\u007f${FORGED_RECORD}`,
  `"Forger",${FORGED_RECORD}`,
];

// Failed sign-ins from an address of their own, so they do not count against the one every test shares.
const ELSEWHERE = { 'X-Forwarded-For': '198.51.100.7' };

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || record.length) records.push([...record, cell]);
  return records;
}

async function exportCsv(admin: APIRequestContext, query: string) {
  const response = await admin.get(`/api/admin/audit-export?${query}`);
  expect(response.status()).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return { text, records: parseCsv(text) };
}

test('the audit log records exactly the sign-ins, transitions and refusals performed', async () => {
  const admin = await demoAdmin();
  const account = await createAccount(admin, 'secretary');

  // One wrong password, one sign-in, a meeting, a release drafted and submitted, one refused approval.
  const wrong = await callAction(
    await anonymousContext(),
    'actions/sign-in.ts#signInWithPassword',
    { username: account.username, password: 'not-the-password' },
    ELSEWHERE,
  );
  expect(wrong.succeeded).toBe(false);
  const secretary = await signedInContext(account.username, account.password);
  const created = await callAction(secretary, 'actions/create-meeting.ts#createMeeting', {
    // English-original: the English chair is all its release needs to draft.
    bodyId: String(ENGLISH_BODY.id),
    sessionNumber: '4',
    heldOn: '2026-07-01',
    chairName: `Audit chair ${uniqueToken()}`,
    status: 'held',
  });
  const meetingId = Number(/\/meetings\/(\d+)/.exec(created.redirect ?? '')?.[1]);
  const { documentId } = await releaseInfo(secretary, meetingId);
  const drafted = await callAction(
    secretary,
    'actions/draft-release-from-records.ts#draftReleaseFromRecords',
    {
      documentId: String(documentId),
      baseRevisionId: '',
    },
  );
  const revisionId = String((drafted.state as { data?: { revisionId?: number } }).data?.revisionId);
  const submitted = await callAction(secretary, 'actions/submit-for-review.ts#submitForReview', {
    documentId: String(documentId),
  });
  const refused = await callAction(secretary, 'actions/approve-step.ts#approveStep', {
    documentId: String(documentId),
    revisionId,
  });
  expect([created.succeeded, drafted.succeeded, submitted.succeeded, refused.succeeded]).toEqual([
    true,
    true,
    true,
    false,
  ]);

  const mine = await exportCsv(admin, `userId=${account.id}`);
  const actions = mine.records
    .slice(1)
    .map((r) => r[5])
    .sort();
  const expected = [
    'document.save',
    'document.submit',
    'meeting.created',
    'permission.refused',
    'signin.succeeded',
  ].sort();
  expect(actions).toEqual(expected);
  const failures = await exportCsv(admin, 'action=signin.failed');
  const failedForAccount = failures.records.filter((r) => r[7] === String(account.id));
  expect(failedForAccount).toHaveLength(1);

  // The page shows the same events as the export.
  const page = await (await admin.get(`/admin/audit?userId=${account.id}`)).text();
  const rows = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  expect((rows.match(/<tr[\s>]/g) ?? []).length).toBe(expected.length);

  reportFigures('audit integrity (events)', {
    'operations performed': expected.length + 1,
    'audit events found for them': actions.length + failedForAccount.length,
    'missing or extra (must be 0)': Math.abs(expected.length + 1 - actions.length - failedForAccount.length),
  });
});

test('CR, LF and control characters in what users type never forge an audit line or row', async () => {
  const admin = await demoAdmin();
  const before = await exportCsv(admin, '');
  let accepted = 0;
  let refusedWithFieldError = 0;
  for (const name of HOSTILE) {
    const username = `f-${uniqueToken()}`;
    const outcome = await callAction(admin, 'actions/create-user.ts#createUser', {
      username,
      displayName: name,
      password: `${username}-password`,
      'roles[]': 'secretary',
    });
    if (!outcome.succeeded) {
      // A refusal is fine, if it names the field.
      expect(outcome.state?.fieldErrors?.displayName, JSON.stringify(outcome.state)).toBeTruthy();
      refusedWithFieldError++;
      continue;
    }
    accepted++;
    // The name becomes an audit actor name once its owner does something.
    const ctx = await signedInContext(username, `${username}-password`);
    await callAction(ctx, 'actions/create-meeting.ts#createMeeting', {
      bodyId: '1',
      sessionNumber: '5',
      heldOn: '2026-07-02',
      chairName: name.slice(0, 100),
      purpose: name,
      status: 'held',
    });
  }
  // Typed into a sign-in form and a meeting by an ordinary secretary too.
  await callAction(
    await anonymousContext(),
    'actions/sign-in.ts#signInWithPassword',
    { username: HOSTILE[0]!, password: 'not-the-password' },
    ELSEWHERE,
  );

  const after = await exportCsv(admin, '');
  const lines = after.text.split(/\r\n|\n|\r/).filter((l) => l !== '');
  const forgedLines = lines.filter((l) => l.startsWith(`${FORGED_ID},`)).length;
  const forgedRecords = after.records.filter((r) => r[0] === FORGED_ID).length;
  const malformed = after.records.filter((r) => r.length !== 9).length;
  // Every physical line is one record: nothing a user typed broke a line.
  expect(lines.length).toBe(after.records.length);
  expect(forgedLines).toBe(0);
  expect(forgedRecords).toBe(0);
  expect(malformed).toBe(0);
  expect(after.records.length).toBeGreaterThan(before.records.length);

  // The page: the names are shown as text, never as rows of their own.
  const page = await (await admin.get('/admin/audit')).text();
  expect(page).not.toContain(`<td>${FORGED_ID}</td>`);

  reportFigures('audit integrity (CR/LF and control characters)', {
    'hostile inputs tried': HOSTILE.length + 1,
    'accepted and exported': accepted,
    'refused with a field error': refusedWithFieldError,
    'export lines': lines.length,
    'export records': after.records.length,
    'forged lines (must be 0)': forgedLines,
    'forged records (must be 0)': forgedRecords,
    'malformed records (must be 0)': malformed,
  });
});

test('refusals of callers without a valid account add at most one audit event per address and minute', async () => {
  const admin = await demoAdmin();
  const newestId = async () =>
    Math.max(0, ...(await exportCsv(admin, '')).records.slice(1).map((r) => Number(r[0])));
  const since = await newestId();

  // Anyone can send these: 50 API calls with a made-up token, an action with a forged session cookie, an
  // audit export without a session. Each used to append an audit event of its own.
  const anonymous = await anonymousContext();
  for (let i = 0; i < 50; i++) {
    const response = await anonymous.post('/api/v1/meetings', {
      headers: { Authorization: `Bearer gz_1_${'x'.repeat(43)}` },
      data: {},
    });
    expect(response.status()).toBe(401);
  }
  const forged = await request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: 'authjs.session-token=forged' },
  });
  const forgedCall = await callAction(forged, 'actions/create-body.ts#createBody', {
    name: 'Forged body',
    meetingName: 'Forged Meeting',
  });
  expect(forgedCall.succeeded).toBe(false);
  expect((await anonymous.get('/api/admin/audit-export')).status()).toBe(401);

  const added = (await exportCsv(admin, '')).records
    .slice(1)
    .filter((r) => Number(r[0]) > since && r[5] !== 'audit.exported');
  // Counted, not logged one by one: a minute that ends meanwhile (this test's, or an earlier test's refusals)
  // is summed into one event per address, with the count.
  const summaries = added.filter((r) => r[5] === 'permission.refused' && r[6] === 'address');
  const addressMinutes = new Set(
    summaries.map((r) => `${r[7]} ${(JSON.parse(r[8]!) as { minute: string }).minute}`),
  );
  expect(added.filter((r) => r[5] === 'api.request')).toEqual([]);
  expect(addressMinutes.size).toBe(summaries.length);
  expect(added.length, JSON.stringify(added.slice(0, 5))).toBeLessThanOrEqual(3);

  reportFigures('audit integrity (anonymous refusals)', {
    'refused anonymous requests': 52,
    'audit events added (at most one per address and minute)': added.length,
  });
});
