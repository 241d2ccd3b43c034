import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  ACTION_POLICY,
  DOCUMENT_STATES,
  emptySubject,
  type ActionPolicy,
  type Caller,
  type DocumentState,
  type Subject,
} from '../support/action-policy';
import {
  anonymousContext,
  callAction,
  callActionWithBody,
  createAccount,
  directoryEntries,
  demoAdmin,
  newMeeting,
  releaseIn,
  issueToken,
  releaseInfo,
  signedInContext,
  uniqueToken,
  type Crew,
} from '../support/hostile-client';
import { baseURL } from '../../playwright.config';
import { ACTION_BODY_LIMIT_BYTES } from '../../web/action-limits';
import { reportFigures } from '../support/security-figures';

// Item 8 of the security checks: every server action called by a caller it allows, with fields that
// fast-check bends out of shape (unicode, oversized, wrong types, empty) plus fields nobody asked for.
// Each answer must be an answer (no 5xx, no crash), a refusal must say what is wrong, and no extra field
// may be stored. FUZZ_RUNS sets the runs per action (12 by default), FUZZ_SEED the seed.

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Signing in and out change who the caller is; their input handling is covered by the sign-in tests.
const SKIPPED = new Set(['actions/sign-in.ts#signInWithPassword', 'actions/sign-out.ts#signOutUser']);
const ID_FIELDS =
  /^(meetingId|documentId|revisionId|baseRevisionId|id|itemId|decisionId|userId|bodyId|agendaItemId|tokenId|sessionNumber)$/;
const OVERSIZED = 'x'.repeat(100_001);
const WRONG_TYPES = ['abc', '-1', '1.5', '1e309', 'NaN', '[]', '{}', 'null', '0x1g', '１２', 'true'];
const EXTRA_KEYS = [
  'createdBy',
  'authorId',
  'passwordHash',
  'sessionVersion',
  'workingState',
  'publicationState',
  'reviewStep',
  'currentRevisionId',
  'isAdmin',
  'actorId',
  'updatedAt',
  '__proto__',
  'constructor',
  'prototype',
];

type Mutation =
  | { kind: 'keep' }
  | { kind: 'unicode'; value: string }
  | { kind: 'oversized' }
  | { kind: 'wrongType'; value: string }
  | { kind: 'empty' }
  | { kind: 'control'; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'keep' } as const), weight: 3 },
  {
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 60 })
      .map((value) => ({ kind: 'unicode', value }) as const),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'oversized' } as const), weight: 1 },
  {
    arbitrary: fc.constantFrom(...WRONG_TYPES).map((value) => ({ kind: 'wrongType', value }) as const),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'empty' } as const), weight: 1 },
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          '\u0000',
          '\r',
          '\n',
          '\u0007',
          '\u001b',
          '\u2028',
          '\u202e',
          '\ufeff',
          '\ud83d\ude00',
        ),
        {
          minLength: 1,
          maxLength: 6,
        },
      )
      .map((chars) => ({ kind: 'control', value: chars.join('') }) as const),
    weight: 1,
  },
);

function firstAllowed(policy: ActionPolicy): { caller: Caller; state: DocumentState | 'held' | null } {
  if (policy.subject === 'document') {
    for (const state of DOCUMENT_STATES) {
      const callers = policy.allowed[state];
      if (callers?.length) return { caller: callers[0]!, state };
    }
  }
  if (policy.subject === 'meeting') return { caller: policy.allowed.held?.[0] ?? 'secretary', state: 'held' };
  if (policy.subject === 'document') return { caller: 'secretary', state: 'draft' };
  return { caller: policy.allowed.find((c) => c !== 'anonymous') ?? 'admin', state: null };
}

test('fuzzed input to every server action gets an answer, never a server error or a stored extra field', async () => {
  test.setTimeout(240_000);
  const admin = await demoAdmin();
  const roles = {
    secretary: 'secretary',
    otherSecretary: 'secretary',
    reviewer: 'reviewer',
    leader: 'leader',
    admin: 'admin',
  } as const;
  const accounts = Object.fromEntries(
    await Promise.all(
      Object.entries(roles).map(
        async ([caller, role]) => [caller, await createAccount(admin, role, {}, false)] as const,
      ),
    ),
  );
  const callers = Object.fromEntries(
    await Promise.all(
      Object.entries(accounts).map(
        async ([caller, a]) => [caller, await signedInContext(a.username, a.password)] as const,
      ),
    ),
  ) as Record<Exclude<Caller, 'anonymous'>, APIRequestContext>;
  const crew: Crew = { secretary: callers.secretary, reviewer: callers.reviewer, leader: callers.leader };
  const marker = `fuzzextra${uniqueToken()}`;

  let calls = 0;
  let serverErrors = 0;
  let accepted = 0;
  let refusedWithFieldError = 0;
  let refusedWithMessage = 0;
  const problems: string[] = [];
  const keys = Object.keys(ACTION_POLICY).filter((k) => !SKIPPED.has(k));

  for (const key of keys) {
    const policy = ACTION_POLICY[key]!;
    const { caller, state } = firstAllowed(policy);
    const subject: Subject = emptySubject();
    if (policy.subject === 'document') {
      const made = await releaseIn(crew, state as DocumentState);
      const info = await releaseInfo(crew.secretary, made.meetingId);
      Object.assign(subject, made, { documentId: info.documentId, revisionId: info.revisionId });
    } else if (policy.subject === 'meeting') {
      Object.assign(subject, await newMeeting(crew, 'held', {}, true, policy.minutesRecords === true));
    } else if (policy.subject === 'user') {
      subject.targetUserId = (await createAccount(admin, 'reviewer')).id;
    }
    if ('directory' in policy && policy.directory) Object.assign(subject, await directoryEntries(admin));
    const samples = fc.sample(
      fc.record({
        mutations: fc.array(mutation, { minLength: 12, maxLength: 12 }),
        extras: fc.uniqueArray(fc.constantFrom(...EXTRA_KEYS), { maxLength: 3 }),
      }),
      { numRuns: RUNS, seed: SEED },
    );
    for (const sample of samples) {
      let ctx = callers[caller as Exclude<Caller, 'anonymous'>];
      if (policy.subject === 'self') {
        // The caller's own account, new each time for actions that may end its session.
        const own = policy.endsSession
          ? await createAccount(admin, roles[caller as keyof typeof roles], {}, false)
          : accounts[caller]!;
        if (policy.endsSession) ctx = await signedInContext(own.username, own.password);
        subject.ownUsername = own.username;
        subject.ownPassword = own.password;
      }
      const base = policy.fields({ ...subject, unique: uniqueToken() });
      const fields: Record<string, string | Blob> = {};
      const certainlyInvalid: string[] = [];
      Object.entries(base).forEach(([name, value], i) => {
        const m = sample.mutations[i % sample.mutations.length]!;
        if (m.kind === 'keep') fields[name] = value;
        else if (m.kind === 'oversized') {
          fields[name] = OVERSIZED;
          if (!name.endsWith('[]')) certainlyInvalid.push(name);
        } else if (m.kind === 'empty') fields[name] = '';
        else {
          fields[name] = m.value;
          if (m.kind === 'wrongType' && ID_FIELDS.test(name)) certainlyInvalid.push(name);
        }
      });
      for (const extra of sample.extras) fields[extra] = marker;
      const outcome = await callAction(ctx, key, fields);
      calls++;
      const label = `${key} ${JSON.stringify(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.slice(0, 40)])))}`;
      if (outcome.status >= 500 || outcome.crashed) {
        serverErrors++;
        problems.push(`${label}: ${outcome.crashed ? 'the action threw' : `HTTP ${outcome.status}`}`);
        continue;
      }
      if (outcome.succeeded) {
        accepted++;
        continue;
      }
      if (!outcome.state) {
        problems.push(`${label}: no answer (${outcome.status} ${outcome.text.slice(0, 120)})`);
        continue;
      }
      const fieldErrors = outcome.state.fieldErrors ?? {};
      if (Object.keys(fieldErrors).length) refusedWithFieldError++;
      else if (outcome.state.message) refusedWithMessage++;
      else problems.push(`${label}: refused without saying why`);
      // A field out of every bound is named, unless another such field's error comes first (a confirmation
      // field is only compared once the password it confirms is valid).
      if (certainlyInvalid.length && !certainlyInvalid.some((name) => fieldErrors[name]))
        problems.push(
          `${label}: no field error for ${certainlyInvalid.join(', ')} (${outcome.state.message})`,
        );
    }
  }

  // The fuzzed site settings go back to the demo's (the policy's fields are those).
  const settings = 'actions/update-site-settings.ts#updateSiteSettings';
  const restored = await callAction(callers.admin, settings, ACTION_POLICY[settings]!.fields({} as Subject));
  expect(restored.succeeded).toBe(true);

  // Nothing sent as an extra field was kept: the audit trail records what each action stored.
  const csv = await (await admin.get('/api/admin/audit-export')).text();
  const extrasStored = csv.split(marker).length - 1;

  reportFigures('input fuzzing', {
    'actions fuzzed': keys.length,
    'runs per action': RUNS,
    seed: SEED,
    'calls made': calls,
    'server errors or thrown actions (must be 0)': serverErrors,
    'accepted (valid after all)': accepted,
    'refused with a field error': refusedWithFieldError,
    'refused with a message only': refusedWithMessage,
    'extra fields stored (must be 0)': extrasStored,
    'problems (must be 0)': problems.length,
  });
  expect(problems).toEqual([]);
  expect(extrasStored).toBe(0);
});

const SIGN_IN = 'actions/sign-in.ts#signInWithPassword';

test('an action called with anything but a form gets a 400 or a refusal, never a server error', async () => {
  const admin = await demoAdmin();
  const anonymous = await anonymousContext();
  // React's reply encoding of plain arguments (text/plain), and multipart naming plain arguments only.
  const bodies = [
    { text: '[]' },
    { text: '["x",1]' },
    { text: '[null,null]' },
    { text: '[{"status":"idle"},{"username":"admin"}]' },
    { multipartRoot: '["x",5]' },
    { multipartRoot: '[{"status":"idle"},{"username":"admin","password":"admin-demo-2024"}]' },
  ];
  const problems: string[] = [];
  for (const [key, ctx] of [
    [SIGN_IN, anonymous],
    ['actions/set-own-locale.ts#setOwnLocale', admin],
    ['actions/create-body.ts#createBody', admin],
  ] as const) {
    for (const body of bodies) {
      const outcome = await callActionWithBody(ctx, key, body);
      const label = `${key} ${JSON.stringify(body)}`;
      if (outcome.status >= 500 || outcome.crashed) problems.push(`${label}: HTTP ${outcome.status}`);
      else if (outcome.succeeded || outcome.redirect) problems.push(`${label}: accepted`);
      else if ('text' in body && outcome.status !== 400)
        problems.push(`${label}: HTTP ${outcome.status}, not 400`);
      else if (!('text' in body) && !outcome.state?.message)
        problems.push(`${label}: refused without saying why`);
    }
  }
  expect(problems).toEqual([]);
});

test('a sign-in callback holding control, full-width or invisible characters redirects within the site', async () => {
  const admin = await demoAdmin();
  const account = await createAccount(admin, 'secretary', {}, false);
  // Each of these made the redirect header invalid (ERR_INVALID_CHAR): a 500 instead of signing in.
  const problems: string[] = [];
  for (const char of ['\r', '\n', '\u0000', '\u000b', '\u000c', '\u3002', '\ufeff']) {
    const outcome = await callAction(await anonymousContext(), SIGN_IN, {
      username: account.username,
      password: account.password,
      callbackUrl: `/account${char}x`,
    });
    const label = JSON.stringify(char);
    // The redirect names the address and how to go there ("http://host/path;push").
    const to = outcome.redirect ? new URL(outcome.redirect.replace(/;\w+$/, ''), baseURL) : null;
    if (outcome.status >= 500 || outcome.crashed) problems.push(`${label}: HTTP ${outcome.status}`);
    else if (to?.origin !== new URL(baseURL).origin || !to.pathname.startsWith('/account'))
      problems.push(`${label}: redirect ${outcome.redirect}`);
  }
  expect(problems).toEqual([]);
});

test('a release upload as large as the page allows is read, and a larger one is refused with 413', async () => {
  const admin = await demoAdmin();
  const files = (count: number) =>
    Array.from({ length: count }, (_, i): [string, string][] => [
      ['fileName[]', `release-${i}.txt`],
      // 200 KB of text, less a little for the line that names it.
      ['text[]', `Release ${i}\n${'Lorem ipsum dolor sit amet. '.repeat(7_400)}`.slice(0, 200 * 1024 - 64)],
    ]).flat();
  const preview = 'actions/preview-release-import.ts#previewReleaseImport';
  const allowed = await callAction(admin, preview, [...files(20), ['year', '2024']]);
  expect(allowed.status).toBe(200);
  expect(allowed.crashed).toBe(false);
  expect(allowed.state?.status).toBeDefined();
  // Larger than any form here (an attached file's may be larger than the release upload's).
  const tooLarge = await callAction(admin, preview, [
    ...files(Math.ceil(ACTION_BODY_LIMIT_BYTES / (200 * 1024)) + 1),
    ['year', '2024'],
  ]);
  expect(tooLarge.status).toBe(413);
});

test('an id is decimal digits only: 1e0, 0x1 and their like name no record', async () => {
  const admin = await demoAdmin();
  const account = await createAccount(admin, 'secretary');
  const secretary = await signedInContext(account.username, account.password);
  const token = await issueToken(admin, account.id, 'secretary');
  const anonymous = await anonymousContext();
  // Record 1 exists (the demo's meeting and its first document): only the way its id is written differs.
  expect((await secretary.get('/meetings/1')).status()).toBe(200);
  const answers: Record<string, number[]> = {};
  for (const id of ['1e0', '0x1', '1.0', '+1', '%201', '1%20', '0b1']) {
    const draft = await anonymous.put(`/api/v1/documents/${id}/draft`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { headline: 'Written through another id', body: 'Text.', baseRevisionId: null },
    });
    answers[id] = [
      draft.status(),
      (await anonymous.get(`/api/v1/meetings/${id}`)).status(),
      (await secretary.get(`/meetings/${id}`)).status(),
      (await secretary.get(`/meetings/${id}/release`)).status(),
    ];
  }
  const expected = Object.fromEntries(Object.keys(answers).map((id) => [id, [404, 404, 404, 404]]));
  expect(answers).toEqual(expected);
});
