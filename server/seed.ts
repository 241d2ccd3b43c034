import 'server-only';
import { systemActor, type Actor } from '@/data/actor';
import { getDocument } from '@/data/documents';
import { approveStep, draftReleaseFromRecords, publishDocument, submitForReview } from '@/data/workflow';
import { createBody, createMeeting, getMeeting } from '@/data/meetings';
import { addAgendaItem, addDecision } from '@/data/meeting-records';
import { updateSiteSettings } from '@/data/site-settings';
import { countUsers, createUser } from '@/data/users';
import { atomically } from '@/db';
import {
  DEMO_AGENDA,
  DEMO_BODY,
  DEMO_DECISIONS,
  DEMO_MEETING,
  DEMO_SITE_SETTINGS,
  DEMO_TIMES,
  DEMO_USERS,
} from '@/db/demo-records';

/**
 * Fills an empty database with the demo, through the data layer's real code: the users, the body, the
 * seed meeting as records, and its press release drafted from them, reviewed, approved and published
 * by the demo users on the meeting day.
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

  updateSiteSettings(system, DEMO_SITE_SETTINGS);
  const body = createBody(system, DEMO_BODY);

  const meeting = createMeeting(as('secretary'), { ...DEMO_MEETING, bodyId: body.id });
  const agendaIds = DEMO_AGENDA.map((item) => addAgendaItem(as('secretary'), meeting.id, item).id);
  for (const { agendaIndex, ...decision } of DEMO_DECISIONS) {
    addDecision(as('secretary'), meeting.id, { ...decision, agendaItemId: agendaIds[agendaIndex] ?? null });
  }

  const release = getMeeting(as('secretary'), meeting.id).documents.find((d) => d.kind === 'press_release')!;
  const { revisionId } = draftReleaseFromRecords(as('secretary'), release.id, null, {
    now: DEMO_TIMES.drafted,
  });
  submitForReview(as('secretary'), release.id, { now: DEMO_TIMES.submitted });
  approveStep(as('reviewer'), release.id, revisionId, '', { now: DEMO_TIMES.reviewed });
  approveStep(as('leader'), release.id, revisionId, '', { now: DEMO_TIMES.approved });
  publishDocument(as('leader'), release.id, {}, { now: DEMO_TIMES.published });
  if (getDocument(system, release.id).publicationState !== 'published')
    throw new Error('demo release did not publish');
  return true;
}
