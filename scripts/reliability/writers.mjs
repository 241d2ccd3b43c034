// A staff writer: a secretary working through the server actions over HTTP, as the workspace's forms do.
// Each writer keeps to its own meetings, so its saves never race another writer's (a stale save would be
// a refusal, not a write). Every write the server acknowledged is recorded for the durability checks.
import { callAction } from './harness.mjs';

const FILLER =
  'The meeting stressed that the measures must be carried out in full and on time, that every department ' +
  'concerned must coordinate closely, and that progress is to be reported at the next session. ';

export class Writer {
  /**
   * @param {object} o
   * @param {number} o.index
   * @param {() => string} o.base the server's address
   * @param {(key: string) => string} o.action server action ids
   * @param {string} o.cookie a secretary's session
   * @param {number} o.bodyId the body its meetings belong to
   * @param {(meetingId: number) => number} o.minutesOf the minutes document of a meeting
   * @param {(ack: object) => void} o.acknowledged called with every acknowledged write
   * @param {number} [o.newMeetingChance] the chance that a write creates a new meeting (default 0.03)
   */
  constructor(o) {
    Object.assign(this, o);
    this.seq = 0;
    this.documentId = null;
    this.meetingId = null;
    this.baseRevisionId = null;
    this.working = 'draft';
    this.ops = 0;
    this.acks = 0;
    this.unanswered = 0;
    this.errors = [];
    this.latencies = { createMeeting: [], save: [], submit: [] };
    // How often a writer moves on to a new meeting of its own.
    this.newMeetingChance ??= 0.03;
  }

  /** Runs writes one after another until `keepGoing()` says stop. */
  async run(keepGoing) {
    while (keepGoing()) {
      const answered = await this.step();
      if (!answered && keepGoing()) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  nextOperation() {
    if (this.documentId === null || Math.random() < this.newMeetingChance) return 'createMeeting';
    if (this.working === 'draft' && this.baseRevisionId !== null && Math.random() < 0.3) return 'submit';
    return 'save';
  }

  /** One write. Returns false when no answer came (the server was down or was killed meanwhile). */
  async step() {
    const op = this.nextOperation();
    const seq = ++this.seq;
    const request = this.request(op, seq);
    this.ops += 1;
    const started = performance.now();
    let answer;
    try {
      answer = await callAction(this.base(), { ...request, cookie: this.cookie });
    } catch (error) {
      // No answer: the write may or may not have been committed. It was not acknowledged.
      this.unanswered += 1;
      this.needsResync = true;
      this.lastNetworkError = error.cause?.code ?? error.name;
      return false;
    }
    this.latencies[op].push(performance.now() - started);
    const ok =
      answer.status === 200 &&
      (op === 'createMeeting' ? Boolean(answer.redirect) : answer.result?.status === 'ok');
    if (!ok) {
      this.errors.push({
        op,
        status: answer.status,
        message: answer.result?.message ?? answer.text.slice(0, 200),
      });
      this.needsResync = true;
      return true;
    }
    this.acks += 1;
    this.acknowledge(op, seq, request, answer);
    return true;
  }

  request(op, seq) {
    const w = this.index;
    if (op === 'createMeeting') {
      return {
        page: '/meetings/new',
        actionId: this.action('actions/create-meeting.ts#createMeeting'),
        fields: {
          bodyId: this.bodyId,
          sessionNumber: 100 + seq,
          heldOn: '2030-06-01',
          location: `Room ${w}`,
          chairName: `Chair of writer ${w}`,
          chairTitle: '',
          attendees: '',
          purpose: `Meeting w${w}-m${seq}`,
          status: 'scheduled',
        },
      };
    }
    if (op === 'submit') {
      return {
        page: `/meetings/${this.meetingId}`,
        actionId: this.action('actions/submit-for-review.ts#submitForReview'),
        fields: { documentId: this.documentId },
      };
    }
    this.pendingText = {
      headline: `Minutes w${w}-s${seq}`,
      body: `marker w${w}-s${seq}-${Math.random().toString(36).slice(2)}\n\n${FILLER.repeat(1 + (seq % 8))}`,
    };
    return {
      page: `/meetings/${this.meetingId}`,
      actionId: this.action('actions/save-revision.ts#saveRevision'),
      fields: {
        documentId: this.documentId,
        baseRevisionId: this.baseRevisionId ?? '',
        ...this.pendingText,
      },
    };
  }

  acknowledge(op, seq, request, answer) {
    const at = Date.now();
    if (op === 'createMeeting') {
      const meetingId = Number(/\/meetings\/(\d+)/.exec(answer.redirect)?.[1]);
      this.meetingId = meetingId;
      this.documentId = this.minutesOf(meetingId);
      this.baseRevisionId = null;
      this.working = 'draft';
      this.acknowledged({ op, writer: this.index, at, meetingId, purpose: request.fields.purpose });
    } else if (op === 'submit') {
      this.working = 'in_review';
      this.acknowledged({
        op,
        writer: this.index,
        at,
        documentId: this.documentId,
        revisionId: this.baseRevisionId,
      });
    } else {
      const revisionId = Number(answer.result.data?.revisionId);
      this.baseRevisionId = revisionId;
      this.working = 'draft';
      this.acknowledged({
        op,
        writer: this.index,
        at,
        documentId: this.documentId,
        revisionId,
        headline: this.pendingText.headline,
        body: this.pendingText.body.trim(),
      });
    }
  }

  /** After a crash: picks up the document's state as the database holds it. */
  resync(read) {
    if (!this.needsResync || this.documentId === null) return;
    const state = read(this.documentId);
    this.baseRevisionId = state.currentRevisionId;
    this.working = state.workingState;
    this.needsResync = false;
  }
}
