// Makes one press release ready to publish (drafted from its records, reviewed, approved) in the
// benchmark database, carrying a word found nowhere else; prints its id and that word. The benchmark then
// publishes it through the running server's own publish action and waits for the word to appear.
//   DATABASE_PATH=/tmp/x.db tsx --conditions=react-server scripts/bench/prepare-approved.ts
import { randomBytes } from 'node:crypto';
import { systemActor } from '@/data/actor';
import { createMeeting, getMeeting, listAllBodies } from '@/data/meetings';
import { addDecision } from '@/data/meeting-records';
import { approveStep, draftReleaseFromRecords, submitForReview } from '@/data/workflow';
import { demoActor } from './demo-actor';

// Letters only, so every tokenizer keeps it as one word.
const word = `Fresh${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const secretary = demoActor('secretary');
const meeting = createMeeting(secretary, {
  bodyId: listAllBodies(systemActor('seed'))[0]!.id,
  sessionNumber: 99,
  heldOn: new Date().toISOString().slice(0, 10),
  location: 'Chengdu',
  chairName: `Huang ${word}`,
  chairTitle: "Governor of the People's Government of Sichuan Province",
  attendees: '',
  purpose: 'to study the work of the next stage',
  status: 'held',
});
addDecision(secretary, meeting.id, {
  title: `Measures of Sichuan Province on ${word}`,
  kind: 'measures',
  outcome: 'adopted',
  emphasis: '',
  agendaItemId: null,
});
const documentId = getMeeting(secretary, meeting.id).documents.find((d) => d.kind === 'press_release')!.id;
const { revisionId } = draftReleaseFromRecords(secretary, documentId, null);
submitForReview(secretary, documentId);
approveStep(demoActor('reviewer'), documentId, revisionId);
approveStep(demoActor('leader'), documentId, revisionId);
console.log(JSON.stringify({ documentId, word }));
