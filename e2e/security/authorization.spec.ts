import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  ACTION_POLICY,
  CALLERS,
  PAGE_POLICY,
  ROUTE_POLICY,
  type PageSubject,
  DOCUMENT_STATES,
  emptySubject,
  MEETING_STATES,
  type Caller,
  type DocumentState,
  type MeetingState,
  type Subject,
} from '../support/action-policy';
import {
  anonymousContext,
  callAction,
  endedSessionContext,
  createAccount,
  demoAdmin,
  directoryEntries,
  documentInfo,
  firstAttachmentId,
  manifestActions,
  manifestRoutes,
  newMeeting,
  releaseIn,
  releaseInfo,
  signedInContext,
  uniqueToken,
  type Account,
  type Crew,
} from '../support/hostile-client';
import { baseURL } from '../../playwright.config';
import { reportFigures } from '../support/security-figures';

// Item 1 of the security checks: every server action, page and route handler of the build, called
// directly as every kind of caller. Success is read from what the action returned (status "ok" or its
// redirect) and, for documents and meetings, from their state afterwards, never from the HTTP status.

const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, string> = {
  secretary: 'secretary',
  otherSecretary: 'secretary',
  reviewer: 'reviewer',
  leader: 'leader',
  admin: 'admin',
  liaison: 'unit_liaison',
};

type World = {
  admin: APIRequestContext;
  accounts: Record<Exclude<Caller, 'anonymous'>, Account>;
  callers: Record<Caller, APIRequestContext>;
  /** The anonymous caller's second form: a real cookie of an ended session. */
  endedSession: APIRequestContext;
  crew: Crew;
};

let world: World;

test.beforeAll(async () => {
  const admin = await demoAdmin();
  const accounts = {} as World['accounts'];
  const callers = { anonymous: await anonymousContext() } as World['callers'];
  for (const caller of CALLERS) {
    if (caller === 'anonymous') continue;
    accounts[caller] = await createAccount(admin, ROLE_OF[caller]);
    callers[caller] = await signedInContext(accounts[caller].username, accounts[caller].password);
  }
  world = {
    admin,
    accounts,
    callers,
    endedSession: await endedSessionContext(admin),
    crew: { secretary: callers.secretary, reviewer: callers.reviewer, leader: callers.leader },
  };
});

/** Runs the tasks, at most `width` at a time. */
async function inParallel(tasks: (() => Promise<void>)[], width: number) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
}

type Cell = {
  action: string;
  caller: Caller;
  state: string;
  expected: boolean | 'either';
  got: boolean;
  note: string;
};

/** Whether the caller may: refused callers go first, so the subject is still in its state for them. */
const refusedFirst = (allowed: readonly Caller[]) =>
  [...CALLERS].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));

test('every server action succeeds for exactly the callers and states the policy table names', async () => {
  // About 1,000 cells, a meeting or release prepared for many (each follow-up act that succeeds takes a
  // fresh meeting with minutes' records); a loaded machine needs the margin.
  test.setTimeout(480_000);
  const actions = manifestActions();
  const unlisted = actions.filter((a) => !ACTION_POLICY[a.key]).map((a) => a.key);
  expect(unlisted, 'server actions without an entry in e2e/support/action-policy.ts').toEqual([]);
  const stale = Object.keys(ACTION_POLICY).filter((key) => !actions.some((a) => a.key === key));
  expect(stale, 'policy entries for actions the build does not have').toEqual([]);

  const cells: Cell[] = [];
  const effects: string[] = [];
  const { callers, crew } = world;

  const call = async (
    key: string,
    caller: Caller,
    state: string,
    subject: Subject,
    expected: boolean | 'either',
    ctx: APIRequestContext = callers[caller],
  ) => {
    const fields = ACTION_POLICY[key]!.fields({ ...subject, unique: uniqueToken() });
    // An anonymous caller is tried twice: with no session cookie (the proxy's wall), and with the cookie
    // of an ended session, which gets past the proxy to the action's own check.
    const tries: [string, APIRequestContext][] =
      caller === 'anonymous' && ctx === callers.anonymous
        ? [
            [`${state}, no cookie`, ctx],
            [`${state}, ended session`, world.endedSession],
          ]
        : [[state, ctx]];
    let any = false;
    for (const [label, context] of tries) {
      const outcome = await callAction(context, key, fields);
      const note = outcome.state?.message ?? outcome.redirect ?? outcome.text.slice(0, 120);
      cells.push({ action: key, caller, state: label, expected, got: outcome.succeeded, note });
      any ||= outcome.succeeded;
    }
    return any;
  };

  // Documents: one prepared press release per state, shared by the refused calls of every action. After a
  // success the release is read again: still in the same state (a save in draft), it serves on; else a new
  // one is prepared.
  const documentActions = Object.entries(ACTION_POLICY).filter(([, p]) => p.subject === 'document');
  const documentGroup = async (state: DocumentState) => {
    let subject: Subject | null = null;
    let label = '';
    let baseline = '';
    const read = async (meetingId: number) => {
      const info = await releaseInfo(crew.secretary, meetingId);
      return { info, line: `${info.label} #${info.revisionId}` };
    };
    const unchanged = async (s: Subject, what: string) => {
      const now = await read(s.meetingId);
      if (now.line !== baseline) effects.push(`${what}: ${baseline} → ${now.line}`);
    };
    for (const [key, policy] of documentActions) {
      const allowed = (policy.allowed as Partial<Record<DocumentState, readonly Caller[]>>)[state] ?? [];
      let refusedSince = false;
      for (const caller of refusedFirst(allowed)) {
        if (!subject) {
          const made = await releaseIn(crew, state, undefined, {}, false, { attachment: true });
          const { info, line } = await read(made.meetingId);
          subject = { ...emptySubject(), ...made, documentId: info.documentId, revisionId: info.revisionId };
          label = info.label;
          baseline = line;
        }
        const expected = allowed.includes(caller);
        // Before the first allowed caller: the refused ones must have left the release as it was.
        if (expected && refusedSince) await unchanged(subject, `${key} refused in ${state}`);
        refusedSince = !expected;
        if (await call(key, caller, state, subject, expected)) {
          const { info, line } = await read(subject.meetingId);
          if (info.label === label) {
            subject = { ...subject, revisionId: info.revisionId };
            baseline = line;
          } else subject = null;
        }
      }
      if (subject && refusedSince) await unchanged(subject, `${key} refused in ${state}`);
    }
  };

  // Meetings and their records.
  const meetingActions = Object.entries(ACTION_POLICY).filter(([, p]) => p.subject === 'meeting');
  const meetingFingerprint = async (meetingId: number, minutes = false) => {
    const html = await (await crew.secretary.get(`/meetings/${meetingId}`)).text();
    const records = [
      ...html.matchAll(/name="(?:itemId|decisionId)" value="(\d+)"|<h1[^>]*>([\s\S]*?)<\/h1>/g),
    ];
    if (!minutes) return records.map((m) => m[1] ?? m[2]).join(',');
    // The minutes' records: attendees, assignments, what each item's outcome says, each unit's distribution.
    const page = await (await crew.secretary.get(`/meetings/${meetingId}/minutes/records`)).text();
    const minutesRecords = page.matchAll(
      /name="(?:attendeeId|assignmentId)" value="(\d+)"|<textarea[^>]*>([^<]*)<\/textarea>|<option value="([^"]*)" selected=""/g,
    );
    return [...records, ...minutesRecords].map((m) => m[1] ?? m[2] ?? m[3]).join(',');
  };
  const meetingGroup = async (state: MeetingState) => {
    // The minutes' records' actions get a meeting in the demo's body (which has units) that carries some.
    const prepare = async (minutes: boolean): Promise<Subject> => ({
      ...emptySubject(),
      ...(await newMeeting(crew, state, {}, true, minutes)),
    });
    let subject: Subject | null = null;
    let baseline = '';
    for (const [key, policy] of meetingActions) {
      const allowed = (policy.allowed as Partial<Record<MeetingState, readonly Caller[]>>)[state] ?? [];
      const minutes = policy.subject === 'meeting' && policy.minutesRecords === true;
      let refusedSince = false;
      for (const caller of refusedFirst(allowed)) {
        if (!subject || (minutes && !subject.attendeeId)) {
          subject = await prepare(minutes);
          baseline = await meetingFingerprint(subject.meetingId, minutes);
        }
        const expected = allowed.includes(caller);
        if (expected && refusedSince && (await meetingFingerprint(subject.meetingId, minutes)) !== baseline)
          effects.push(`${key} refused on a ${state} meeting changed its records`);
        refusedSince = !expected;
        if (await call(key, caller, state, subject, expected)) subject = null;
      }
      if (subject && refusedSince && (await meetingFingerprint(subject.meetingId, minutes)) !== baseline)
        effects.push(`${key} refused on a ${state} meeting changed its records`);
    }
  };

  // Creating things, administering another user, and one's own account.
  const otherGroup = async (key: string) => {
    const policy = ACTION_POLICY[key]!;
    if (policy.subject === 'document' || policy.subject === 'meeting') return;
    const allowed = policy.allowed;
    let target: Account | null = null;
    const directory = policy.directory ? await directoryEntries(world.admin) : {};
    for (const caller of refusedFirst(allowed)) {
      const subject = { ...emptySubject(), ...directory };
      let ctx = callers[caller];
      if (policy.subject === 'user') {
        target ??= await createAccount(world.admin, 'reviewer');
        subject.targetUserId = target.id;
      }
      if (policy.subject === 'self') {
        if (policy.endsSession || caller === 'anonymous') {
          const own = await createAccount(
            world.admin,
            caller === 'anonymous' ? 'secretary' : ROLE_OF[caller],
          );
          ctx =
            caller === 'anonymous'
              ? await anonymousContext()
              : await signedInContext(own.username, own.password);
          subject.ownUsername = own.username;
          subject.ownPassword = own.password;
        } else {
          subject.ownUsername = world.accounts[caller].username;
          subject.ownPassword = world.accounts[caller].password;
        }
      }
      const expected = policy.eitherWay?.includes(caller) ? 'either' : allowed.includes(caller);
      if (await call(key, caller, policy.subject, subject, expected, ctx)) target = null;
    }
  };

  // The groups touch disjoint subjects, so a few run side by side.
  await inParallel(
    [
      ...DOCUMENT_STATES.map((state) => () => documentGroup(state)),
      ...MEETING_STATES.map((state) => () => meetingGroup(state)),
      ...Object.keys(ACTION_POLICY).map((key) => () => otherGroup(key)),
    ],
    6,
  );

  const unauthorized = cells.filter((c) => c.got && c.expected === false);
  const wrongful = cells.filter((c) => !c.got && c.expected === true);
  const routes = manifestRoutes();
  reportFigures('authorization matrix (actions)', {
    'server actions found': actions.length,
    'policy entries': Object.keys(ACTION_POLICY).length,
    'pages and route handlers found': routes.length,
    callers: CALLERS.length,
    'document states': DOCUMENT_STATES.length,
    'cells tried': cells.length,
    'expected successes': cells.filter((c) => c.expected === true).length,
    'expected refusals': cells.filter((c) => c.expected === false).length,
    'not judged (sign-out without a session)': cells.filter((c) => c.expected === 'either').length,
    'unauthorized successes': unauthorized.length,
    'wrongful refusals': wrongful.length,
    'refused calls that still changed something': effects.length,
  });
  const describe = (c: Cell) => `${c.action} by ${c.caller} in ${c.state}: ${c.note}`;
  expect(unauthorized.map(describe), 'unauthorized successes').toEqual([]);
  expect(wrongful.map(describe), 'wrongful refusals').toEqual([]);
  expect(effects, 'refused calls that changed state').toEqual([]);
});

test('every workspace page and route handler answers only the callers allowed to see it', async () => {
  test.setTimeout(120_000);
  const { callers, crew } = world;
  const marker = `Page marker ${uniqueToken()}`;
  const made = await releaseIn(
    crew,
    'draft',
    { headline: `${marker} headline`, body: `${marker} body` },
    {
      chairName: `${marker} chair`,
    },
    false,
    { attachment: true },
  );
  const release = await releaseInfo(crew.secretary, made.meetingId);
  const attachmentId = await firstAttachmentId(crew.secretary, made.meetingId);
  const minutes = await documentInfo(crew.secretary, made.meetingId, 'minutes');
  const savedMinutes = await callAction(crew.secretary, 'actions/save-revision.ts#saveRevision', {
    documentId: String(minutes.documentId),
    baseRevisionId: '',
    headline: 'Minutes',
    body: `${marker} minutes`,
  });
  expect(savedMinutes.succeeded).toBe(true);
  const subject: PageSubject = {
    meetingId: made.meetingId,
    documentId: release.documentId,
    minutesId: minutes.documentId,
    firstRevisionId: made.firstRevisionId,
    revisionId: release.revisionId!,
    attachmentId,
  };

  const routes = manifestRoutes();
  const workspacePages = routes.filter((r) => r.startsWith('/(staff)/(workspace)/'));
  const handlers = routes.filter((r) => r.endsWith('/route'));
  expect(
    workspacePages.filter((r) => !PAGE_POLICY[r]),
    'workspace pages without a PAGE_POLICY entry',
  ).toEqual([]);
  expect(
    handlers.filter((r) => !ROUTE_POLICY[r]),
    'route handlers without a ROUTE_POLICY entry',
  ).toEqual([]);

  const problems: string[] = [];
  let cells = 0;
  let served = 0;
  let refused = 0;
  const ask = async (ctx: APIRequestContext, caller: string, path: string, allowed: boolean) => {
    cells++;
    const response = await ctx.get(path);
    const body = await response.text();
    const finalPath = new URL(response.url()).pathname;
    const shown = response.status() === 200 && finalPath === new URL(path, baseURL).pathname;
    if (response.status() >= 500) problems.push(`${path} as ${caller}: ${response.status()}`);
    if (shown) served++;
    else refused++;
    if (allowed && !shown)
      problems.push(`${path} refused to ${caller} (${response.status()} at ${finalPath})`);
    if (!allowed && shown) problems.push(`${path} shown to ${caller}`);
    // A refusal may send the caller to a page they may see (the register, say): judge only this address.
    const samePlace = finalPath === new URL(path, baseURL).pathname;
    if (!allowed && samePlace && body.includes(marker))
      problems.push(`${path} leaked its content to ${caller}`);
    if (caller.startsWith('anonymous') && finalPath !== '/login')
      problems.push(`${path} did not send ${caller} to sign in (${response.status()} at ${finalPath})`);
  };
  for (const route of workspacePages) {
    const rule = PAGE_POLICY[route]!;
    const path = rule.path(subject);
    for (const caller of CALLERS) {
      const allowed = rule.allowed.includes(caller);
      if (caller === 'anonymous') {
        await ask(callers.anonymous, 'anonymous (no cookie)', path, false);
        await ask(world.endedSession, 'anonymous (ended session)', path, false);
      } else {
        await ask(callers[caller], caller, path, allowed);
      }
    }
  }

  let handlerCells = 0;
  for (const route of handlers) {
    const rule = ROUTE_POLICY[route]!;
    for (const caller of CALLERS) {
      const contexts: [string, APIRequestContext][] =
        caller === 'anonymous'
          ? [
              ['anonymous (no cookie)', callers.anonymous],
              ['anonymous (ended session)', world.endedSession],
            ]
          : [[caller, callers[caller]]];
      for (const [label, ctx] of contexts) {
        handlerCells++;
        const response = await ctx.fetch(rule.path(subject), {
          method: rule.method,
          data: rule.body,
          headers: { Origin: baseURL },
          maxRedirects: 0,
        });
        const expected = rule.status === 'public' ? 200 : rule.status[caller];
        if (response.status() !== expected)
          problems.push(
            `${rule.method} ${rule.path(subject)} as ${label}: ${response.status()}, not ${expected}`,
          );
      }
    }
  }

  reportFigures('authorization matrix (pages and routes)', {
    'pages and route handlers found': routes.length,
    'workspace pages': workspacePages.length,
    'route handlers': handlers.length,
    'page cells tried': cells,
    'pages shown': served,
    'pages refused': refused,
    'route handler cells tried': handlerCells,
    'problems (must be 0)': problems.length,
  });
  expect(problems).toEqual([]);
});
