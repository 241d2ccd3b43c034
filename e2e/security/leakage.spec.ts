import { expect, test, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoDatabasePath } from '../../playwright.config';
import {
  anonymousContext,
  callAction,
  createAccount,
  demoAdmin,
  documentInfo,
  manifestRoutes,
  releaseBody,
  releaseIn,
  releaseInfo,
  signedInContext,
  uniqueToken,
} from '../support/hostile-client';
import { asFile, samplePdf } from '../../test/fixtures/attachment-samples';
import { ENGLISH_BODY } from '../support/bodies';
import { reportFigures } from '../support/security-figures';

// Item 6 of the security checks: unique markers planted in everything that is not public, then every
// anonymous answer searched for them: pages, their RSC payloads, feeds, sitemap, robots, search and API,
// and the command-line export. Among them, every record field of a published meeting edited after its
// publication: what the public sees of a meeting is what its release published, until the next one.

const CRAWL_LIMIT = 120;

test('no draft, minutes, unpublished meeting, e-mail address or password reaches an anonymous visitor', async () => {
  test.setTimeout(180_000);
  const token = uniqueToken();
  // Two words: a search for either word finds a leak without the page's echo of the query matching it.
  const mark = (what: string) => `leak${what} ${token}`;
  const email = `leakemail${token}@staff.example`;
  const admin = await demoAdmin();
  const secretaryPassword = `leakpassword${token}`;
  const secretaryAccount = await createAccount(admin, 'secretary', {
    email,
    password: secretaryPassword,
  });
  const reviewer = await createAccount(admin, 'reviewer');
  const leader = await createAccount(admin, 'leader');
  const crew = {
    secretary: await signedInContext(secretaryAccount.username, secretaryPassword),
    reviewer: await signedInContext(reviewer.username, reviewer.password),
    leader: await signedInContext(leader.username, leader.password),
  };
  const must = async (ctx: APIRequestContext, key: string, fields: Record<string, string | Blob>) => {
    const outcome = await callAction(ctx, key, fields);
    expect(outcome.succeeded, `${key}: ${outcome.state?.message ?? outcome.text.slice(0, 200)}`).toBe(true);
    return outcome;
  };

  // A published release whose newer draft, minutes, review comments and record edits stay inside.
  const published = await releaseIn(crew, 'published', undefined, {}, true);
  const release = await releaseInfo(crew.secretary, published.meetingId);
  // The published meeting's first decision is a nomination list: an entry's private fields stay inside.
  await must(crew.secretary, 'actions/add-nomination-entry.ts#addNominationEntry', {
    meetingId: String(published.meetingId),
    decisionId: String(published.decisionId),
    name: `Nominee ${token}`,
    unitOrPlace: 'Chengdu',
    reason: 'volunteering',
    idNumber: mark('entryid'),
    phone: mark('entryphone'),
    address: mark('entryaddress'),
    notes: mark('entrynotes'),
  });
  const openMeeting = `/api/v1/meetings/${published.meetingId}`;
  const asPublished = await (await anonymousContext()).get(openMeeting);
  expect(asPublished.status()).toBe(200);
  expect((await asPublished.json()).decisions, 'the decisions its release names').toHaveLength(2);
  await must(crew.secretary, 'actions/save-revision.ts#saveRevision', {
    documentId: String(release.documentId),
    baseRevisionId: String(release.revisionId),
    headline: `${mark('draftheadline')} headline`,
    body: `${await releaseBody(crew.secretary, published.meetingId)}\n\nThe newer draft says ${mark('draftbody')}.`,
  });
  // A file attached to the newer draft: its name and its text stay inside too.
  await must(crew.secretary, 'actions/attach-file.ts#attachFile', {
    documentId: String(release.documentId),
    baseRevisionId: String((await releaseInfo(crew.secretary, published.meetingId)).revisionId),
    file: asFile(samplePdf(mark('filetext')), `${mark('filename')}.pdf`, 'application/pdf'),
  });
  await must(crew.secretary, 'actions/submit-for-review.ts#submitForReview', {
    documentId: String(release.documentId),
  });
  await must(crew.reviewer, 'actions/request-changes.ts#requestChanges', {
    documentId: String(release.documentId),
    comment: `Reviewer comment ${mark('comment')}`,
  });
  const minutes = await documentInfo(crew.secretary, published.meetingId, 'minutes');
  await must(crew.secretary, 'actions/save-revision.ts#saveRevision', {
    documentId: String(minutes.documentId),
    baseRevisionId: '',
    headline: 'Minutes',
    body: `Internal minutes ${mark('minutes')}`,
  });
  // The minutes' records — an attendee, what was deliberated, an assignment to a unit — and the minutes
  // drafted from them, signed and issued: issued minutes are internal all the same.
  const unit = await must(admin, 'actions/add-unit.ts#addUnit', {
    bodyId: String(ENGLISH_BODY.id),
    name: `the Office of ${token}`,
  });
  const unitId = String((unit.state as { data: { id: number } }).data.id);
  await must(crew.secretary, 'actions/add-attendee.ts#addAttendee', {
    meetingId: String(published.meetingId),
    role: 'present',
    name: `Guest ${mark('attendance')}`,
  });
  await must(crew.secretary, 'actions/record-item-outcome.ts#recordItemOutcome', {
    meetingId: String(published.meetingId),
    agendaItemId: String(published.agendaItemId),
    deliberation: `The meeting heard ${mark('conclusion')}`,
    conclusion: 'agreed',
  });
  await must(crew.secretary, 'actions/add-assignment.ts#addAssignment', {
    meetingId: String(published.meetingId),
    agendaItemId: String(published.agendaItemId),
    task: `carry out ${mark('assignment')}`,
    leadUnitId: unitId,
    deadline: '2026-12-31',
  });
  // A follow-up item taken from the published meeting's decision, not disclosed: neither it nor the
  // assignment above (a follow-up item too) may reach the public progress page, its feed or the release.
  await must(crew.secretary, 'actions/create-follow-up-item.ts#createFollowUpItem', {
    meetingId: String(published.meetingId),
    from: `decision:${published.decisionId}`,
    task: `follow up ${mark('followup')}`,
    leadUnitId: unitId,
    deadline: '2026-12-31',
    responsibleLeader: `Leader ${mark('followup')}`,
    reportCycle: 'monthly',
  });
  await must(crew.secretary, 'actions/set-minutes-distribution.ts#setMinutesDistribution', {
    meetingId: String(published.meetingId),
    classification: 'internal',
    'unitId[]': unitId,
    'kind[]': 'main',
  });
  const savedMinutes = await documentInfo(crew.secretary, published.meetingId, 'minutes');
  await must(crew.secretary, 'actions/draft-release-from-records.ts#draftReleaseFromRecords', {
    documentId: String(minutes.documentId),
    baseRevisionId: String(savedMinutes.revisionId),
  });
  const drafted = await documentInfo(crew.secretary, published.meetingId, 'minutes');
  await must(crew.secretary, 'actions/submit-for-review.ts#submitForReview', {
    documentId: String(minutes.documentId),
  });
  await must(crew.leader, 'actions/approve-step.ts#approveStep', {
    documentId: String(minutes.documentId),
    revisionId: String(drafted.revisionId),
  });
  await must(crew.leader, 'actions/publish-document.ts#publishDocument', {
    documentId: String(minutes.documentId),
  });
  await must(crew.secretary, 'actions/add-agenda-item.ts#addAgendaItem', {
    meetingId: String(published.meetingId),
    kind: 'other',
    title: `Unadopted item ${mark('agendanotes')}`,
    presenter: `Presenter ${mark('agendanotes')}`,
    notes: `Internal notes ${mark('agendanotes')}`,
    stressed: `the stress on ${mark('agendanotes')}`,
  });
  // An issued policy document of the published meeting's decision, written and catalogued, never published.
  const issued = await must(crew.secretary, 'actions/issue-document.ts#issueDocument', {
    meetingId: String(published.meetingId),
    decisionId: String(published.decisionId),
  });
  const issuedId = /\/documents\/(\d+)/.exec(issued.redirect ?? '')?.[1];
  expect(issuedId, 'the issued document opened in the editor').toBeTruthy();
  // A list's document starts from the list's public text: the draft is written over that revision.
  const issuedEditor = await (await crew.secretary.get(`/documents/${issuedId}`)).text();
  const issuedBase = /name="baseRevisionId" value="(\d*)"/.exec(issuedEditor)?.[1];
  expect(issuedBase, 'the editor names the revision it edits').toBeDefined();
  const issuedText = await must(crew.secretary, 'actions/save-revision.ts#saveRevision', {
    documentId: issuedId!,
    baseRevisionId: issuedBase!,
    headline: `Policy ${mark('issued')}`,
    body: `Draft policy ${mark('issued')}`,
  });
  await must(crew.secretary, 'actions/save-catalogue.ts#saveCatalogue', {
    documentId: issuedId!,
    baseRevisionId: String((issuedText.state as { data: { revisionId: number } }).data.revisionId),
    issuingBody: `Office ${mark('catalogue')}`,
    documentNumber: 'Leak Gov. Issue [2026] No. 4321',
    disclosure: 'proactive',
  });
  // Every record field of the published meeting edited since: its designation, date and chair, an agenda
  // item, a decision's title, emphasis and outcome, a new decision, and one titled with a word of another.
  await must(crew.secretary, 'actions/update-meeting.ts#updateMeeting', {
    meetingId: String(published.meetingId),
    sessionNumber: '987',
    heldOn: '2039-11-17',
    location: `Hall ${mark('record')}`,
    chairName: `Chair ${mark('record')}`,
    chairTitle: `Title line ${mark('record')}`,
    attendees: `Attendees ${mark('record')}`,
    purpose: `to discuss ${mark('record')}`,
    status: 'held',
  });
  await must(crew.secretary, 'actions/update-agenda-item.ts#updateAgendaItem', {
    meetingId: String(published.meetingId),
    id: String(published.agendaItemId),
    kind: 'other',
    title: `Item ${mark('record')}`,
    presenter: `Presenter ${mark('record')}`,
    notes: `Notes ${mark('record')}`,
    stressed: `the stress on ${mark('record')}`,
  });
  await must(crew.secretary, 'actions/update-decision.ts#updateDecision', {
    meetingId: String(published.meetingId),
    id: String(published.decisionId),
    title: `Decision ${mark('record')}`,
    kind: 'plan',
    outcome: 'deferred',
    emphasis: `the emphasis on ${mark('record')}`,
  });
  for (const title of [`New decision ${mark('record')}`, 'Second decision']) {
    await must(crew.secretary, 'actions/add-decision.ts#addDecision', {
      meetingId: String(published.meetingId),
      title,
      kind: 'notice',
      outcome: 'adopted',
    });
  }
  // A meeting that was never published, with a release in review.
  await releaseIn(
    crew,
    'in_review:1',
    { headline: `${mark('reviewheadline')} headline`, body: `Under review ${mark('reviewbody')}` },
    { chairName: `Chair ${mark('meeting')}`, purpose: `to discuss ${mark('meeting')}` },
  );
  const markers = [
    mark('draftheadline'),
    mark('draftbody'),
    mark('comment'),
    mark('minutes'),
    mark('attendance'),
    mark('conclusion'),
    mark('assignment'),
    mark('followup'),
    mark('agendanotes'),
    mark('record'),
    '2039-11-17',
    mark('reviewheadline'),
    mark('reviewbody'),
    mark('meeting'),
    mark('entryid'),
    mark('entryphone'),
    mark('entryaddress'),
    mark('entrynotes'),
    mark('issued'),
    mark('catalogue'),
    'Leak Gov. Issue [2026] No. 4321',
    email,
    secretaryPassword,
    secretaryAccount.username,
    '$argon2',
  ];

  // The published page is where the crawl starts; read its address from the editor's public link.
  const editor = await (await crew.secretary.get(`/meetings/${published.meetingId}/release`)).text();
  const publicPath = /href="(\/releases\/\d{4}\/[^"]+)"/.exec(editor)?.[1];
  expect(publicPath, 'the public address of the published release').toBeTruthy();

  const visitor = await anonymousContext();
  const seeds = [
    '/',
    '/zh',
    '/archive',
    '/latest/1',
    publicPath!,
    `/zh${publicPath}`,
    openMeeting,
    `/api/v1/releases/${release.documentId}`,
    '/feed.xml',
    '/rss.xml',
    '/progress',
    '/zh/progress',
    `/progress?meeting=${published.meetingId}`,
    '/progress/feed.xml',
    '/zh/progress/feed.xml',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/releases-1.xml',
    '/robots.txt',
    '/catalogue',
    '/zh/catalogue',
    `/catalogue?q=${encodeURIComponent(token)}`,
    '/catalogue?q=Leak',
    `/documents/2026/${issuedId}-policy`,
    '/api/auth/session',
    '/api/auth/providers',
    '/api/auth/csrf',
    ...['draftheadline', 'draftbody', 'comment', 'minutes', 'attendance', 'conclusion', 'assignment']
      .concat(['agendanotes', 'reviewheadline', 'reviewbody'])
      .concat(['meeting', 'email', 'password', 'issued', 'catalogue'])
      .map((what) => `/search?q=leak${what}`),
    `/search?q=${encodeURIComponent(token)}`,
    `/search?q=${encodeURIComponent(`"${token}"`)}`,
    `/zh/search?q=${encodeURIComponent(token)}`,
    ...manifestRoutes()
      .filter((r) => r.startsWith('/api/v1/'))
      .map((r) =>
        r
          .replace(/\/route$/, '')
          .replace(/\[\.\.\.[^\]]+\]/g, String(release.documentId))
          .replace(/\[[^\]]+\]/g, String(release.documentId)),
      ),
  ];
  const queue = [...new Set(seeds)];
  const seen = new Set<string>();
  let responses = 0;
  let hits = 0;
  const leaks: string[] = [];
  const look = (where: string, body: string) => {
    responses++;
    for (const m of markers) {
      if (body.includes(m)) {
        hits++;
        leaks.push(`${where}: ${m}`);
      }
    }
  };
  while (queue.length && seen.size < CRAWL_LIMIT) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await visitor.get(path, { maxRedirects: 5 });
    const body = await response.text();
    look(path, body);
    if (/text\/html/.test(response.headers()['content-type'] ?? '')) {
      // The same page as the client router fetches it: the RSC payload, by header and by query.
      look(`${path} (RSC: 1)`, await (await visitor.get(path, { headers: { RSC: '1' } })).text());
      const sep = path.includes('?') ? '&' : '?';
      look(`${path} (?_rsc)`, await (await visitor.get(`${path}${sep}_rsc=leak`)).text());
      for (const [, href] of body.matchAll(/href="(\/[^"#]*)"/g)) {
        const next = href!.replaceAll('&amp;', '&');
        if (!next.startsWith('/_next/') && !next.startsWith('/login') && !seen.has(next)) queue.push(next);
      }
    }
  }
  // The meeting's open data is the published one, byte for byte, and says it has not changed since.
  const now = await visitor.get(openMeeting);
  expect(await now.json()).toEqual(await asPublished.json());
  expect(now.headers()['etag']).toBe(asPublished.headers()['etag']);
  expect(now.headers()['last-modified']).toBe(asPublished.headers()['last-modified']);

  // The command-line export, from the server's own database.
  const archive = mkdtempSync(path.join(tmpdir(), 'gazette-leak-export-'));
  try {
    execFileSync('npm', ['run', '--silent', 'export', '--', archive], {
      env: { ...process.env, DATABASE_PATH: demoDatabasePath },
      stdio: 'pipe',
    });
    const files = readdirSync(archive, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const f of files) look(`export ${f.name}`, readFileSync(path.join(f.parentPath, f.name), 'utf8'));
    const exported = files.find(
      (f) => f.name.startsWith(`${release.documentId}-`) && f.name.endsWith('.json'),
    );
    const { meeting, decisions } = JSON.parse(
      readFileSync(path.join(exported!.parentPath, exported!.name), 'utf8'),
    );
    const api = await asPublished.json();
    expect({ ...meeting, decisions }).toEqual({
      id: api.id,
      body: api.body,
      name: api.meetingName,
      number: api.sessionNumber,
      date: api.heldOn,
      chair: api.chair.name,
      chairTitle: api.chair.titleLine,
      decisions: api.decisions,
    });
  } finally {
    rmSync(archive, { recursive: true, force: true });
  }

  reportFigures('leakage', {
    'markers planted': markers.length,
    'addresses crawled': seen.size,
    'anonymous responses searched': responses,
    'marker hits (must be 0)': hits,
  });
  expect(leaks).toEqual([]);
});
