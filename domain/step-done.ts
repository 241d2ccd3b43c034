// The workflow steps whose outcome a page announces after it redraws. A step's action sends the user to
// the page with `?done=<step>`; the page shows only a step named here, and only while the document is in
// the state that step leads to, so a forged or stale address shows nothing false.

export const DONE_STEPS = [
  'submit',
  'approve',
  'request_changes',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'recall',
] as const;

export type DoneStep = (typeof DONE_STEPS)[number];

/** The step a `done` query value names, or null for anything else (a list, an unknown word). */
export const doneStepOf = (value: unknown): DoneStep | null => DONE_STEPS.find((s) => s === value) ?? null;

/** A workspace path with the step just done added to its query. */
export const withDone = (path: string, step: DoneStep) =>
  `${path}${path.includes('?') ? '&' : '?'}done=${step}`;

/** The review page of a document, where reviewers and leaders sign, publish, schedule and withdraw. */
export const reviewPagePath = (documentId: number) => `/review/${documentId}`;
