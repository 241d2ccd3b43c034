// Makes one press release ready to publish (drafted from its records, reviewed, approved) in the
// benchmark database, carrying a word found nowhere else; prints its id and that word. The benchmark then
// publishes it through the running server's own publish action and waits for the word to appear.
//   DATABASE_PATH=/tmp/x.db tsx --conditions=react-server scripts/bench/prepare-approved.ts
import { randomBytes } from 'node:crypto';
import { approvedRelease } from './approved-release';

// Letters only, so every tokenizer keeps it as one word.
const word = `Fresh${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const documentId = approvedRelease({
  sessionNumber: 99,
  heldOn: new Date().toISOString().slice(0, 10),
  chairName: `Huang ${word}`,
  decisionTitle: `Measures of Sichuan Province on ${word}`,
});
console.log(JSON.stringify({ documentId, word }));
