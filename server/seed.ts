import 'server-only';
import { systemActor, type Actor } from '@/data/actor';
import { getDocument } from '@/data/documents';
import { approveStep, draftReleaseFromRecords, publishDocument, submitForReview } from '@/data/workflow';
import { createBody, createMeeting, getMeeting } from '@/data/meetings';
import { addAgendaItem, addDecision } from '@/data/meeting-records';
import { updateSiteSettings } from '@/data/site-settings';
import { countUsers, createUser, setUserUnit } from '@/data/users';
import { atomically } from '@/db';
import { seedDemoDirectory } from './demo-directory';
import { seedDemoFollowUp } from './demo-follow-up';
import { seedDemoMinutes } from './demo-minutes';
import { seedDemoDocuments } from './demo-documents';
import { DEMO_LIAISON_UNIT } from '@/db/demo-minutes';
import {
  DEMO_AGENDA,
  DEMO_BODY,
  DEMO_DECISIONS,
  DEMO_MEETING,
  DEMO_SITE_SETTINGS,
  DEMO_TIMES,
  DEMO_TIMES_ZH,
  DEMO_USERS,
} from '@/db/demo-records';

/**
 * Fills an empty database with the demo, through the data layer's real code: the users, the body, the
 * seed meeting as records in both languages, and its two press releases — the Chinese original, then its
 * English translation — each drafted from the records, reviewed, approved and published by the demo users
 * on the meeting day; the body's directory of units and people, and the meeting's minutes, recorded,
 * drafted, signed and issued to the units, whose demo liaison reads them.
 */
export async function seedDemo(): Promise<boolean> {
  // All or nothing: a server killed while filling the demo must not leave half of it, which a later
  // start would take for a filled database (it has users) and never complete.
  return atomically(fillDemo);
}

async function fillDemo(): Promise<boolean> {
  if (countUsers() > 0) return false;
  const system = systemActor('seed');

  const ids: Record<string, Actor> = {};
  for (const user of DEMO_USERS) {
    const { id } = await createUser(system, user);
    ids[user.username] = { kind: 'user', userId: id, roles: user.roles };
  }
  const as = (username: string) => ids[username]!;
  const userIdOf = (username: string) => (as(username) as Extract<Actor, { kind: 'user' }>).userId;

  updateSiteSettings(system, DEMO_SITE_SETTINGS);
  const body = createBody(system, DEMO_BODY);
  const { unitIds, personIds } = seedDemoDirectory(body.id);
  setUserUnit(system, userIdOf('liaison'), unitIds.get(DEMO_LIAISON_UNIT)!);

  const meeting = createMeeting(as('secretary'), { ...DEMO_MEETING, bodyId: body.id });
  const agendaIds = DEMO_AGENDA.map((item) => addAgendaItem(as('secretary'), meeting.id, item).id);
  const decisionIds = DEMO_DECISIONS.map(
    ({ agendaIndex, ...decision }) =>
      addDecision(as('secretary'), meeting.id, { ...decision, agendaItemId: agendaIds[agendaIndex] ?? null })
        .id,
  );

  const releases = getMeeting(as('secretary'), meeting.id).documents.filter(
    (d) => d.kind === 'press_release',
  );
  const original = releases.find((d) => d.translationOfId === null)!;
  const translation = releases.find((d) => d.translationOfId === original.id)!;
  publishDrafted(original.id, DEMO_TIMES_ZH);
  publishDrafted(translation.id, DEMO_TIMES);
  seedDemoMinutes({
    meetingId: meeting.id,
    minutesId: getMeeting(as('secretary'), meeting.id).documents.find((d) => d.kind === 'minutes')!.id,
    agendaIds,
    unitIds,
    personIds,
    secretary: as('secretary'),
    leader: as('leader'),
  });
  // The first decision's policy document and its interpretation, in both languages.
  seedDemoDocuments(decisionIds[0]!, {
    secretary: as('secretary'),
    reviewer: as('reviewer'),
    leader: as('leader'),
  });
  seedDemoFollowUp({ meetingId: meeting.id, unitIds, secretary: as('secretary'), liaison: as('liaison') });
  return true;

  /** A release drafted from the records by the secretary, reviewed, approved and published at these times. */
  function publishDrafted(documentId: number, times: typeof DEMO_TIMES) {
    const { revisionId } = draftReleaseFromRecords(as('secretary'), documentId, null, { now: times.drafted });
    submitForReview(as('secretary'), documentId, { now: times.submitted });
    approveStep(
      as('reviewer'),
      documentId,
      revisionId,
      '',
      { now: times.reviewed },
      { confidentiality: true },
    );
    approveStep(as('leader'), documentId, revisionId, '', { now: times.approved });
    publishDocument(as('leader'), documentId, {}, { now: times.published });
    if (getDocument(system, documentId).publicationState !== 'published')
      throw new Error('demo release did not publish');
  }
}
