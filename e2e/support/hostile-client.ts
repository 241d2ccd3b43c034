import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request, type APIRequestContext } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { demoUser } from './roles';
import type { DocumentState, MeetingState } from './action-policy';
import { asFile, samplePdf } from '../../test/fixtures/attachment-samples';
import { callFormAction, type FormFields } from './server-actions';
import { ENGLISH_BODY } from './bodies';

// Server actions and pages driven over HTTP, as a hostile client would: no browser, no UI.

const distDir = () => path.join(__dirname, '../..', process.env.NEXT_DIST_DIR ?? '.next');

export type ManifestAction = { id: string; key: string };

/** Every server action of the build, keyed "file#exportedName" as in the policy table. */
export function manifestActions(): ManifestAction[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir(), 'server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return Object.entries(manifest.node).map(([id, e]) => ({ id, key: `${e.filename}#${e.exportedName}` }));
}

/** Every page and route handler of the build, as app-router paths ("/(staff)/(workspace)/tasks/page"). */
export function manifestRoutes(): string[] {
  return Object.keys(
    JSON.parse(readFileSync(path.join(distDir(), 'server/app-paths-manifest.json'), 'utf8')) as object,
  );
}

/**
 * The rows of an RSC answer by id. Most rows end at a line break; a text row ("T", for long strings such
 * as an echoed oversized field) carries its length in bytes and no line break.
 */
function rscRows(text: string): Map<string, string> {
  const bytes = Buffer.from(text);
  const rows = new Map<string, string>();
  let i = 0;
  while (i < bytes.length) {
    const colon = bytes.indexOf(0x3a, i);
    if (colon < 0) break;
    const id = bytes.subarray(i, colon).toString();
    if (bytes[colon + 1] === 0x54) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString());
      i = comma + 1 + length;
    } else {
      const end = bytes.indexOf(0x0a, colon);
      rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString());
      i = end < 0 ? bytes.length : end + 1;
    }
  }
  return rows;
}

export type Outcome = {
  status: number;
  /** The action did what was asked: it returned status "ok", or redirected as its success does. */
  succeeded: boolean;
  redirect: string | null;
  state: { status?: string; message?: string; fieldErrors?: Record<string, string> } | null;
  /** The action threw: React sent an error row (with a digest) instead of a result. */
  crashed: boolean;
  text: string;
};

const ids = new Map(manifestActions().map((a) => [a.key, a.id]));

export function idOf(key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`no server action ${key} in the build`);
  return id;
}

/**
 * Calls an action by its policy key. Posted to /login, a page the proxy lets everyone reach, so an
 * anonymous call meets the action's own check rather than the proxy's redirect.
 */
export async function callAction(
  ctx: APIRequestContext,
  key: string,
  fields: FormFields,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  return outcomeOf(await callFormAction(ctx, '/login', idOf(key), fields, headers));
}

/** What an action's answer says: its state, a redirect, or that it threw. */
function outcomeOf(result: { status: number; text: string; headers: Record<string, string> }): Outcome {
  let state: Outcome['state'] = null;
  const row = rscRows(result.text).get('1');
  try {
    state = row?.startsWith('{') ? (JSON.parse(row) as Outcome['state']) : null;
  } catch {
    state = null;
  }
  const redirect = result.headers['x-action-redirect'] ?? null;
  return {
    status: result.status,
    succeeded: result.status === 200 && (state?.status === 'ok' || redirect !== null),
    redirect,
    state,
    crashed: row?.startsWith('E') ?? false,
    text: result.text,
  };
}

export async function anonymousContext(): Promise<APIRequestContext> {
  return request.newContext({ baseURL });
}

/**
 * A caller holding a genuine session cookie whose session has ended (the account was disabled): it gets
 * past the proxy, which only looks for the cookie, to the checks of the page or action itself.
 */
export async function endedSessionContext(admin: APIRequestContext): Promise<APIRequestContext> {
  const account = await createAccount(admin, 'secretary');
  const ctx = await signedInContext(account.username, account.password);
  const disabled = await callAction(admin, 'actions/set-user-disabled.ts#setUserDisabled', {
    userId: String(account.id),
    disabled: 'true',
  });
  expect(disabled.succeeded).toBe(true);
  // Sent as a fixed header, so no answer that clears the cookie can take it away between calls.
  const { cookies } = await ctx.storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await ctx.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookie } });
}

/** A request context signed in through the sign-in action itself. */
export async function signedInContext(username: string, password: string): Promise<APIRequestContext> {
  const ctx = await anonymousContext();
  const outcome = await callAction(ctx, 'actions/sign-in.ts#signInWithPassword', {
    username,
    password,
    callbackUrl: '/account',
  });
  expect(outcome.redirect, `sign-in of ${username}`).not.toBeNull();
  return ctx;
}

export type Account = { username: string; password: string; id: number };

let serial = 0;
export const uniqueToken = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** The demo administrator, who creates the accounts every security test works with. */
export async function demoAdmin(): Promise<APIRequestContext> {
  const admin = demoUser('admin');
  return signedInContext(admin.username, admin.password);
}

/**
 * A new account with one role (or none), created through the administrator's action. Its id is read from
 * the user list only when asked for (`withId`), since that page grows with every account.
 */
export async function createAccount(
  admin: APIRequestContext,
  role: string | null,
  extra: Record<string, string> = {},
  withId = true,
): Promise<Account> {
  const username = `s-${uniqueToken()}`;
  const password = `${username}-password`;
  const fields: Record<string, string> = {
    username,
    displayName: `Security ${username}`,
    password,
    ...extra,
  };
  if (role) fields['roles[]'] = role;
  const outcome = await callAction(admin, 'actions/create-user.ts#createUser', fields);
  expect(outcome.succeeded, `create ${username}: ${outcome.text.slice(0, 300)}`).toBe(true);
  if (!withId) return { username, password, id: 0 };
  const html = (await (await admin.get('/admin/users')).text()).replaceAll('<!-- -->', '');
  const id = new RegExp(`\\(${username}\\)[\\s\\S]*?name="userId" value="(\\d+)"`).exec(html)?.[1];
  if (!id) throw new Error(`no id for ${username} on /admin/users`);
  return { username, password, id: Number(id) };
}

export type DocumentInfo = { documentId: number; revisionId: number | null; label: string };

/** A document's id, current revision and state label, as its editor shows them. */
export async function documentInfo(
  reader: APIRequestContext,
  meetingId: number,
  tab: 'release' | 'minutes' | 'agenda' = 'release',
): Promise<DocumentInfo> {
  const html = await (await reader.get(`/meetings/${meetingId}/${tab}`)).text();
  const match =
    /data-testid="document-state" data-document-id="(\d+)" data-revision-id="(\d*)"[^>]*>([\s\S]*?)<\/p>/.exec(
      html,
    );
  if (!match) throw new Error(`no document state on /meetings/${meetingId}/${tab}`);
  return {
    documentId: Number(match[1]),
    revisionId: match[2] ? Number(match[2]) : null,
    label: match[3]!.replace(/<!-- -->/g, '').trim(),
  };
}

const unescapeHtml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

/** The text the release editor opens with (the current revision's body). */
export async function releaseBody(reader: APIRequestContext, meetingId: number): Promise<string> {
  const html = await (await reader.get(`/meetings/${meetingId}/release`)).text();
  const body = /<textarea[^>]*name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  if (body === undefined) throw new Error(`no editor on /meetings/${meetingId}/release`);
  return unescapeHtml(body).replace(/^\n/, '');
}

export const releaseInfo = (reader: APIRequestContext, meetingId: number) => documentInfo(reader, meetingId);

/** The id of the first file the meeting's release lists in its editor (its staff link names it). */
export async function firstAttachmentId(reader: APIRequestContext, meetingId: number): Promise<number> {
  const html = await (await reader.get(`/meetings/${meetingId}/release`)).text();
  const match = /\/api\/documents\/\d+\/attachments\/(\d+)/.exec(html);
  if (!match) throw new Error(`no attached file on /meetings/${meetingId}/release`);
  return Number(match[1]);
}

/** The staff who move documents along while the matrix prepares its subjects. */
export type Crew = {
  secretary: APIRequestContext;
  reviewer: APIRequestContext;
  leader: APIRequestContext;
};

async function must(
  ctx: APIRequestContext,
  key: string,
  fields: Record<string, string | Blob>,
): Promise<Outcome> {
  const outcome = await callAction(ctx, key, fields);
  expect(outcome.succeeded, `${key}: ${outcome.text.slice(0, 300)}`).toBe(true);
  return outcome;
}

/** A new meeting (with two agenda items and two decisions unless `records` is false) by the crew's secretary. */
export async function newMeeting(
  crew: Crew,
  state: MeetingState = 'held',
  fields: Record<string, string> = {},
  records = true,
  minutes = false,
): Promise<{ meetingId: number; agendaItemId: number; decisionId: number } & Partial<MinutesRecordIds>> {
  const token = uniqueToken();
  const meeting = {
    // The English-original body: the drafts of these journeys are English originals. The minutes' records
    // name units, which only the demo's body has.
    bodyId: String(minutes ? DEMO_BODY_ID : ENGLISH_BODY.id),
    sessionNumber: '9',
    heldOn: '2026-02-03',
    chairName: `Chair ${token}`,
    status: 'held',
    ...fields,
  };
  const created = await must(crew.secretary, 'actions/create-meeting.ts#createMeeting', meeting);
  const meetingId = Number(/\/meetings\/(\d+)/.exec(created.redirect ?? '')?.[1]);
  if (!records) return { meetingId, agendaItemId: 0, decisionId: 0 };
  await must(crew.secretary, 'actions/add-agenda-item.ts#addAgendaItem', {
    meetingId: String(meetingId),
    kind: 'hear_report',
    title: `First item ${token}`,
  });
  await must(crew.secretary, 'actions/add-agenda-item.ts#addAgendaItem', {
    meetingId: String(meetingId),
    kind: 'other',
    title: `Second item ${token}`,
  });
  await must(crew.secretary, 'actions/add-decision.ts#addDecision', {
    meetingId: String(meetingId),
    title: `First decision ${token}`,
    // A list of people: its entries are records too (nomination-list actions act on it).
    kind: 'nomination_list',
    outcome: 'adopted',
  });
  await must(crew.secretary, 'actions/add-decision.ts#addDecision', {
    meetingId: String(meetingId),
    title: `Second decision ${token}`,
    kind: 'plan',
    outcome: 'adopted',
  });
  const html = await (await crew.secretary.get(`/meetings/${meetingId}`)).text();
  const itemIds = [...html.matchAll(/name="itemId" value="(\d+)"/g)].map((m) => Number(m[1]));
  const decisionIds = [...html.matchAll(/name="decisionId" value="(\d+)"/g)].map((m) => Number(m[1]));
  if (!itemIds[0] || !decisionIds[0]) throw new Error(`no record ids on /meetings/${meetingId}`);
  const minutesIds = minutes ? await addMinutesRecords(crew, meetingId, itemIds[0], token) : {};
  if (state === 'cancelled') {
    await must(crew.secretary, 'actions/update-meeting.ts#updateMeeting', {
      ...meeting,
      meetingId: String(meetingId),
      status: 'cancelled',
    });
  }
  return { meetingId, agendaItemId: itemIds[0], decisionId: decisionIds[0], ...minutesIds };
}

/** The demo's body, whose units the seed made. */
const DEMO_BODY_ID = 1;

type MinutesRecordIds = { attendeeId: number; assignmentId: number; unitIds: number[] };

/** A guest in the attendance and an assignment on the agenda item, read back from the minutes records page. */
async function addMinutesRecords(
  crew: Crew,
  meetingId: number,
  agendaItemId: number,
  token: string,
): Promise<MinutesRecordIds> {
  const page = `/meetings/${meetingId}/minutes/records`;
  const before = await (await crew.secretary.get(page)).text();
  const unitIds = [
    ...new Set([...before.matchAll(/name="coUnitIds\[\]" value="(\d+)"/g)].map((m) => Number(m[1]))),
  ];
  if (unitIds.length < 2) throw new Error(`the meeting's body has no units to assign work to (${page})`);
  await must(crew.secretary, 'actions/add-attendee.ts#addAttendee', {
    meetingId: String(meetingId),
    role: 'present',
    name: `Guest ${token}`,
  });
  await must(crew.secretary, 'actions/add-assignment.ts#addAssignment', {
    meetingId: String(meetingId),
    agendaItemId: String(agendaItemId),
    task: `follow up ${token}`,
    leadUnitId: String(unitIds[0]),
  });
  const html = await (await crew.secretary.get(page)).text();
  const attendeeId = Number(/name="attendeeId" value="(\d+)"/.exec(html)?.[1]);
  const assignmentId = Number(/name="assignmentId" value="(\d+)"/.exec(html)?.[1]);
  if (!attendeeId || !assignmentId) throw new Error(`no minutes record ids on ${page}`);
  return { attendeeId, assignmentId, unitIds };
}

/**
 * Moves a new meeting's press release into `state` through the real workflow actions; with `records`, the
 * meeting has agenda items and decisions that the drafted release reports.
 */
export async function releaseIn(
  crew: Crew,
  state: DocumentState,
  edit?: { headline: string; body: string },
  meetingFields: Record<string, string> = {},
  records = false,
  /** A file attached after the first revision (what the attachment actions act on). */
  { attachment = false }: { attachment?: boolean } = {},
): Promise<{ meetingId: number; agendaItemId: number; decisionId: number; firstRevisionId: number }> {
  const meeting = await newMeeting(crew, 'held', meetingFields, records);
  const { documentId } = await releaseInfo(crew.secretary, meeting.meetingId);
  const doc = String(documentId);
  const drafted = await must(
    crew.secretary,
    'actions/draft-release-from-records.ts#draftReleaseFromRecords',
    {
      documentId: doc,
      baseRevisionId: '',
    },
  );
  const firstRevisionId = Number((drafted.state as { data?: { revisionId?: number } }).data?.revisionId);
  let revisionId = firstRevisionId;
  if (edit) {
    // The drafted text stays (the release must agree with its records to be submitted); the edit follows it.
    const drafted = await releaseBody(crew.secretary, meeting.meetingId);
    const saved = await must(crew.secretary, 'actions/save-revision.ts#saveRevision', {
      documentId: doc,
      baseRevisionId: String(firstRevisionId),
      headline: edit.headline,
      body: `${drafted}\n\n${edit.body}`,
    });
    revisionId = Number((saved.state as { data?: { revisionId?: number } }).data?.revisionId);
  }
  if (attachment) {
    const attached = await must(crew.secretary, 'actions/attach-file.ts#attachFile', {
      documentId: doc,
      baseRevisionId: String(revisionId),
      file: asFile(samplePdf(`subject ${doc}`), `subject-${doc}.pdf`, 'application/pdf'),
    });
    revisionId = Number((attached.state as { data?: { revisionId?: number } }).data?.revisionId);
  }
  const order: DocumentState[] = ['draft', 'in_review:1', 'in_review:2', 'approved'];
  const steps =
    state === 'scheduled' || state === 'published' || state === 'withdrawn' ? 4 : order.indexOf(state) + 1;
  if (steps > 1)
    await must(crew.secretary, 'actions/submit-for-review.ts#submitForReview', { documentId: doc });
  if (steps > 2)
    await must(crew.reviewer, 'actions/approve-step.ts#approveStep', {
      documentId: doc,
      revisionId: String(revisionId),
      confidentiality: 'on',
    });
  if (steps > 3)
    await must(crew.leader, 'actions/approve-step.ts#approveStep', {
      documentId: doc,
      revisionId: String(revisionId),
    });
  if (state === 'scheduled')
    await must(crew.leader, 'actions/schedule-document.ts#scheduleDocument', {
      documentId: doc,
      at: '2099-06-01T09:00',
    });
  if (state === 'published' || state === 'withdrawn')
    await must(crew.leader, 'actions/publish-document.ts#publishDocument', { documentId: doc });
  if (state === 'withdrawn')
    await must(crew.leader, 'actions/withdraw-document.ts#withdrawDocument', {
      documentId: doc,
      reason: 'Withdrawn while preparing a test subject',
    });
  return { ...meeting, firstRevisionId };
}

/**
 * Calls an action with a body of the caller's choosing instead of a form: React's reply encoding as
 * text/plain (`["a",1]`), or multipart whose root names plain arguments and no form.
 */
export async function callActionWithBody(
  ctx: APIRequestContext,
  key: string,
  body: { text: string } | { multipartRoot: string },
): Promise<Outcome> {
  const headers = { 'Next-Action': idOf(key), Origin: baseURL, Accept: 'text/x-component' };
  const response =
    'text' in body
      ? await ctx.post('/login', {
          headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
          data: body.text,
        })
      : await ctx.post('/login', { headers, multipart: { '0': body.multipartRoot } });
  return outcomeOf({ status: response.status(), text: await response.text(), headers: response.headers() });
}

/** A new API token for an account with one role of its scope, issued through the administrator's action. */
export async function issueToken(admin: APIRequestContext, userId: number, role: string): Promise<string> {
  const outcome = await callAction(admin, 'actions/issue-api-token.ts#issueApiToken', {
    name: `token ${uniqueToken()}`,
    userId: String(userId),
    'roles[]': role,
    // A month from now: tokens expire within a year.
    expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  });
  const token = (outcome.state as { data?: { token?: string } } | null)?.data?.token;
  if (!token) throw new Error(`no token issued: ${outcome.text.slice(0, 300)}`);
  return token;
}

/** A new unit and person (of that unit) in the demo body's directory, added through the administrator's actions. */
export async function directoryEntries(
  admin: APIRequestContext,
): Promise<{ unitId: number; personId: number }> {
  const idOfNew = async (key: string, fields: Record<string, string>) => {
    const outcome = await callAction(admin, key, fields);
    const id = (outcome.state as { data?: { id?: number } } | null)?.data?.id;
    if (!id) throw new Error(`${key} made nothing: ${outcome.text.slice(0, 300)}`);
    return id;
  };
  const unitId = await idOfNew('actions/add-unit.ts#addUnit', { bodyId: '1', name: `Unit ${uniqueToken()}` });
  const personId = await idOfNew('actions/add-person.ts#addPerson', {
    bodyId: '1',
    name: `Person ${uniqueToken()}`,
    unitId: String(unitId),
  });
  return { unitId, personId };
}
