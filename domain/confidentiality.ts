import type { DocumentKind } from './vocabulary';

// The confidentiality statement (保密审查): a review step's signer confirms that the revision holds no state
// secret, no work secret and no personal data that may not lawfully be published. Whether a kind of
// document needs it, and which step of its chain carries it, is the administrator's; these are the defaults.

export type ConfidentialityRule = { required: boolean; step: number };

/** On for what the public reads: press releases, policy documents and their interpretations. */
export const CONFIDENTIALITY_DEFAULTS: Record<DocumentKind, ConfidentialityRule> = {
  agenda: { required: false, step: 1 },
  minutes: { required: false, step: 1 },
  press_release: { required: true, step: 1 },
  policy_document: { required: true, step: 1 },
  interpretation: { required: true, step: 1 },
};

/**
 * The step of a chain of `chainLength` steps whose signer confirms the statement: the rule's step, or the
 * last one when the chain is shorter; null when the kind does not require it.
 */
export function statementStep(rule: ConfidentialityRule, chainLength: number): number | null {
  if (!rule.required || chainLength < 1) return null;
  return Math.min(Math.max(rule.step, 1), chainLength);
}
