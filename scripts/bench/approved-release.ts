import { systemActor } from '@/data/actor';
import { addDecision } from '@/data/meeting-records';
import { createMeeting, getMeeting, listAllBodies } from '@/data/meetings';
import { approveStep, draftReleaseFromRecords, submitForReview } from '@/data/workflow';
import { demoActor } from './demo-actor';

/**
 * A new meeting of the demo body with one adopted decision, and its press release drafted from the records,
 * submitted, and approved by the demo reviewer and leader: ready to publish. Returns the release's id.
 */
export function approvedRelease(records: {
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  decisionTitle: string;
}): number {
  const secretary = demoActor('secretary');
  const meeting = createMeeting(secretary, {
    bodyId: listAllBodies(systemActor('seed'))[0]!.id,
    sessionNumber: records.sessionNumber,
    heldOn: records.heldOn,
    location: 'Chengdu',
    chairName: records.chairName,
    chairTitle: "Governor of the People's Government of Sichuan Province",
    attendees: '',
    purpose: 'to study the work of the next stage',
    status: 'held',
  });
  addDecision(secretary, meeting.id, {
    title: records.decisionTitle,
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    agendaItemId: null,
  });
  const documentId = getMeeting(secretary, meeting.id).documents.find((d) => d.kind === 'press_release')!.id;
  const { revisionId } = draftReleaseFromRecords(secretary, documentId, null);
  submitForReview(secretary, documentId);
  approveStep(demoActor('reviewer'), documentId, revisionId, '', undefined, { confidentiality: true });
  approveStep(demoActor('leader'), documentId, revisionId, '', undefined, { confidentiality: true });
  return documentId;
}
