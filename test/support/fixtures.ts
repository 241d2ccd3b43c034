import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { systemActor, type Actor } from '@/data/actor';
import { GazetteError } from '@/data/errors';
import { createBody, createMeeting, type MeetingInput } from '@/data/meetings';
import { createUser } from '@/data/users';
import type { DocumentKind, Role } from '@/domain/vocabulary';

// Small builders shared by the data-layer tests: users, meetings, and catching a refusal.

export async function makeUser(username: string, roles: Role[]) {
  const { id } = await createUser(systemActor('seed'), {
    username,
    displayName: username,
    password: 'a-long-password',
    roles,
  });
  return { kind: 'user', userId: id, roles } as const satisfies Actor;
}

/**
 * What a release needs to go from draft to published: a body that holds executive meetings, and one
 * secretary, reviewer and leader.
 */
export async function makeWorkflowCast(bodyName = "the People's Government of Sichuan Province") {
  const bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'en',
    name: bodyName,
    meetingName: 'Executive Meeting',
  }).id;
  return {
    bodyId,
    secretary: await makeUser('secretary', ['secretary']),
    reviewer: await makeUser('reviewer', ['reviewer']),
    leader: await makeUser('leader', ['leader']),
  };
}

/** The GazetteError a call throws; fails the test if it throws nothing or something else. */
export function refusalOf(fn: () => unknown): GazetteError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GazetteError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A held meeting of the body, with a chair and title that drafted releases will name. */
export function newMeeting(secretary: Actor, bodyId: number, overrides: Partial<MeetingInput> = {}): number {
  return createMeeting(secretary, {
    bodyId,
    sessionNumber: 1,
    heldOn: '2031-04-30',
    location: 'Chengdu',
    chairName: 'Wang Lin',
    chairTitle: 'Governor',
    attendees: '',
    purpose: '',
    status: 'held',
    ...overrides,
  }).id;
}

export function documentOf(meetingId: number, kind: DocumentKind): number {
  return getDb()
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(and(eq(schema.documents.meetingId, meetingId), eq(schema.documents.kind, kind)))
    .get()!.id;
}
