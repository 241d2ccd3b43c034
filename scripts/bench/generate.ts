// Fills a benchmark database with a generated archive through the data layer's real code: meetings with
// agenda items and decisions, the press release drafted from them, edited (three revisions), submitted,
// approved by a reviewer and a leader (four-eyes holds) and published. About one release in a hundred is
// left waiting in review, so the review queue has something to show.
//
// Usage (DATABASE_PATH names the file; an existing file is continued up to the target):
//   DATABASE_PATH=/tmp/x.db tsx --conditions=react-server scripts/bench/generate.ts 10000
// With GENERATE_UNTIL (a time, in ms since the epoch) it stops at the first batch boundary after that
// time, short of the target: the file is then a consistent smaller archive that a later call continues.
//
// The first WORKFLOW_ONE_BY_ONE releases are made exactly as the server makes them: each call its own
// transaction, committed and synced. Beyond those, the same calls are grouped 250 releases to an outer
// transaction with synchronous=OFF (better-sqlite3 turns each inner transaction into a savepoint): the
// same rules, triggers, audit rows and notifications, only fewer fsyncs. Nothing is written by raw SQL.
import { count, eq, and } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { seedDemo } from '@/server/seed';
import type { Actor } from '@/data/actor';
import { systemActor } from '@/data/actor';
import { getMeeting, createBody, listAllBodies } from '@/data/meetings';
import { addAgendaItem, addDecision } from '@/data/meeting-records';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
} from '@/data/workflow';
import type { DecisionKind } from '@/domain/vocabulary';
import { createMeeting } from '@/data/meetings';
import { BENCH_WORDS } from './words';
import { demoActor } from './demo-actor';

export const GENERATOR_VERSION = 4;
const WORKFLOW_ONE_BY_ONE = 1_000;
const BATCH = 250;
const START = Date.UTC(2001, 0, 1, 2);
/** Releases are spread one every two hours: 1,000 cover 83 days, 100,000 cover 23 years. */
const STEP_MS = 2 * 3600_000;

const TOPICS = [
  'new energy vehicles',
  'rural revitalization',
  'flood prevention',
  'digital government',
  'ecological protection',
  'the private economy',
  'employment of graduates',
  'grain production',
  'public health',
  'the tourism industry',
  'transport infrastructure',
  'elderly care',
  'urban renewal',
  'science and technology innovation',
  'water conservancy',
  'safe production',
];
const CITIES = [
  'Chengdu',
  'Mianyang',
  'Deyang',
  'Yibin',
  'Luzhou',
  'Leshan',
  'Nanchong',
  'Panzhihua',
  'Dazhou',
];
const SURNAMES = ['Huang', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Sun'];
const GIVEN = ['Qiang', 'Wei', 'Jun', 'Na', 'Ming', 'Hua', 'Lei', 'Tao', 'Yan', 'Bo', 'Ping', 'Gang'];
const KINDS: DecisionKind[] = ['policies_and_measures', 'measures', 'notice', 'plan', 'report'];
const DOC_NAMES = ['Several Policies and Measures', 'Implementation Plan', 'Notice', 'Work Plan', 'Measures'];

const CHINESE = [
  '会议强调，要坚持以高质量发展为主题，加快建设现代化产业体系，推动经济实现质的有效提升和量的合理增长。',
  '会议指出，要深入推进生态文明建设，统筹山水林田湖草沙一体化保护和系统治理，筑牢长江黄河上游生态屏障。',
  '会议要求，各地各部门要抓好安全生产和防灾减灾工作，切实保障人民群众生命财产安全。',
  '会议研究了乡村振兴工作，强调要稳定粮食生产，促进农民增收，建设宜居宜业和美乡村。',
  '会议审议通过了关于支持民营经济发展的若干措施，要求优化营商环境，激发市场主体活力。',
  '会议强调，要扎实做好高校毕业生等重点群体就业工作，兜牢民生底线。',
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function sentences(i: number): string {
  const topic = pick(TOPICS, i);
  const other = pick(TOPICS, i * 7 + 3);
  const words = [
    `the province must advance ${topic} with greater efforts, consolidate the foundation laid in recent years, and promote high-quality development across every city and county`,
    `it is necessary to coordinate ${other} with development and security, improve the working mechanism, strengthen supervision of funds, and see that every measure reaches the people it is meant for`,
    `departments should study the new situation, solve prominent problems, cultivate new productive forces, and report progress to the Executive Meeting every quarter`,
    `the cities of ${pick(CITIES, i + 4)} and ${pick(CITIES, i + 5)} should take the lead in ${topic}, share what they learn with other cities, and make the results benefit the people in a fairer way`,
    `it is necessary to keep the bottom line of safety, prevent and defuse major risks in ${other}, strengthen emergency preparedness, and improve the ability to respond to floods, earthquakes and geological disasters`,
    `the province should deepen reform and opening up, optimize the business environment, protect the property rights of enterprises and entrepreneurs, and give full play to the role of the market in allocating resources`,
    `leading officials at all levels must shoulder their responsibilities, go to the grassroots to solve problems, reduce the burden of formalities on grassroots units, and let the people see real changes in ${topic}`,
    `the departments concerned should improve statistics and evaluation of ${other}, publish the progress of major projects on time, accept the supervision of the public, and correct problems as soon as they are found`,
  ];
  // One release in 997 carries a word found nowhere else, for the rare-word queries.
  if (i % 997 === 0) words.push(`the ${BENCH_WORDS.rare} survey of ${pick(CITIES, i)} should be completed`);
  return words.join('. It stressed that ');
}

type Cast = { secretary: Actor; reviewer: Actor; leader: Actor };

function makeRelease(i: number, cast: Cast, bodyIds: number[], publish: boolean) {
  const at = (offsetMinutes: number) => ({ now: new Date(START + i * STEP_MS + offsetMinutes * 60_000) });
  const heldOn = new Date(START + i * STEP_MS).toISOString().slice(0, 10);
  const topic = pick(TOPICS, i);
  const meeting = createMeeting(cast.secretary, {
    bodyId: pick(bodyIds, i),
    sessionNumber: (Math.floor(i / bodyIds.length) % 120) + 1,
    heldOn,
    location: pick(CITIES, i),
    chairName: `${pick(SURNAMES, i)} ${pick(GIVEN, Math.floor(i / 12))}`,
    chairTitle: "Governor of the People's Government of Sichuan Province",
    attendees: '',
    purpose: `to study the work on ${topic} and deploy the tasks for the next stage`,
    status: 'held',
  });
  const itemId = addAgendaItem(cast.secretary, meeting.id, {
    kind: 'study_and_deploy',
    title: `Study and deploy the work on ${topic}`,
    presenter: 'Sichuan Provincial Development and Reform Commission',
    notes: '',
    stressed: sentences(i),
  }).id;
  for (let d = 0; d < 3; d++) {
    addDecision(cast.secretary, meeting.id, {
      title: `${pick(DOC_NAMES, i + d)} of Sichuan Province on ${pick(TOPICS, i + d * 5)} (No. ${i}-${d + 1})`,
      kind: pick(KINDS, i + d),
      outcome: 'adopted',
      emphasis:
        d === 0
          ? `the departments concerned should implement the policies for ${pick(TOPICS, i + 1)}, pay close attention to leading enterprises and key links in the industrial chain, and attract investment for major projects in ${pick(CITIES, i + 2)}`
          : '',
      agendaItemId: d === 0 ? itemId : null,
    });
  }
  const releaseId = getMeeting(cast.secretary, meeting.id).documents.find(
    (d) => d.kind === 'press_release',
  )!.id;
  const first = draftReleaseFromRecords(cast.secretary, releaseId, null, at(60));
  const draft = getDb()
    .select({ headline: schema.revisions.headline, body: schema.revisions.body })
    .from(schema.revisions)
    .where(eq(schema.revisions.id, first.revisionId))
    .get()!;
  // Two edits by the secretariat: a sentence on the follow-up, then the Chinese summary paragraph.
  const second = saveRevision(
    cast.secretary,
    {
      documentId: releaseId,
      baseRevisionId: first.revisionId,
      headline: draft.headline,
      body: `${draft.body}\n\nThe General Office will follow up on the implementation of the decisions on ${topic} and report to the next meeting.`,
    },
    at(70),
  );
  const third = saveRevision(
    cast.secretary,
    {
      documentId: releaseId,
      baseRevisionId: second.revisionId,
      headline: draft.headline,
      body: `${draft.body}\n\nThe General Office will follow up on the implementation of the decisions on ${topic} and report to the next meeting.\n\n${pick(CHINESE, i)}${pick(CHINESE, i + 2)}${i % 997 === 0 ? `会议还听取了${BENCH_WORDS.rareChinese}情况汇报。` : ''}`,
    },
    at(80),
  );
  submitForReview(cast.secretary, releaseId, at(90));
  if (!publish) return;
  approveStep(cast.reviewer, releaseId, third.revisionId, '', at(100), { confidentiality: true });
  approveStep(cast.leader, releaseId, third.revisionId, '', at(110), { confidentiality: true });
  publishDocument(cast.leader, releaseId, {}, at(120));
}

function publishedCount(): number {
  return (
    getDb()
      .select({ n: count() })
      .from(schema.documents)
      .where(
        and(eq(schema.documents.kind, 'press_release'), eq(schema.documents.publicationState, 'published')),
      )
      .get()?.n ?? 0
  );
}

function cast(): Cast {
  return { secretary: demoActor('secretary'), reviewer: demoActor('reviewer'), leader: demoActor('leader') };
}

async function main() {
  const target = Number(process.argv[2]);
  if (!Number.isInteger(target) || target < 1) throw new Error('usage: generate.ts <published releases>');
  const until = Number(process.env.GENERATE_UNTIL ?? Infinity);
  await seedDemo();
  const db = getDb();
  // The generated records are in English: the meetings are held by bodies that write English first (the
  // demo's body writes Chinese first, and its English release is a translation, published after it).
  const englishBodies = () =>
    listAllBodies(systemActor('seed'))
      .filter((b) => b.originalLanguage === 'en')
      .map((b) => b.id);
  let bodies = englishBodies();
  if (bodies.length < 2) {
    const seed = systemActor('seed');
    createBody(seed, {
      originalLanguage: 'en',
      name: "the People's Government of Sichuan Province (Plenary)",
      meetingName: 'Plenary Meeting',
    });
    createBody(seed, {
      originalLanguage: 'en',
      name: 'the Standing Committee of the Provincial Government',
      meetingName: 'Standing Meeting',
    });
    bodies = englishBodies();
  }
  const people = cast();
  let made = publishedCount();
  // The index of the next meeting: continuing a smaller archive continues its time line.
  let i = db.select({ n: count() }).from(schema.meetings).get()?.n ?? 0;
  const started = performance.now();
  let lastReport = started;
  const one = () => {
    // Every hundredth meeting's release waits in review.
    const publish = i % 100 !== 50;
    makeRelease(i, people, bodies, publish);
    i++;
    if (publish) made++;
  };
  while (made < Math.min(target, WORKFLOW_ONE_BY_ONE)) one();
  const oneByOne = performance.now() - started;
  if (made < target) {
    db.run(sql`PRAGMA synchronous = OFF`);
    while (made < target && Date.now() < until) {
      // The data functions' own transactions become savepoints of this one.
      db.transaction(() => {
        for (let k = 0; k < BATCH && made < target; k++) one();
      });
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        console.error(
          `[generate] ${made} published releases, ${((lastReport - started) / 1000).toFixed(0)} s`,
        );
      }
    }
    db.run(sql`PRAGMA synchronous = FULL`);
  }
  db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  db.run(sql`ANALYZE`);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ published: made, meetings: i, seconds, oneByOneSeconds: oneByOne / 1000 }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
