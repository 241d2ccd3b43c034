// The fixed vocabularies of the records. The database stores these codes; people read them through the
// message catalogue.

// A unit liaison belongs to one unit (a department the minutes are issued to) and reads only what is
// distributed to it.
export const ROLES = ['secretary', 'reviewer', 'leader', 'admin', 'unit_liaison'] as const;
export type Role = (typeof ROLES)[number];

/** The languages content is written in: a body's original and its translation are one of each. */
export const CONTENT_LANGUAGES = ['zh', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_KINDS = [
  'convey_instructions',
  'hear_report',
  'deliberate_document',
  'study_and_deploy',
  'other',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const DECISION_KINDS = [
  'policies_and_measures',
  'measures',
  'notice',
  'nomination_list',
  'naming',
  'plan',
  'report',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Lists of people a meeting adopts: their entries are records, with fields that are never published. */
export const LIST_DECISION_KINDS = ['nomination_list', 'naming'] as const satisfies readonly DecisionKind[];

/** What of a list may be published: everything public, the names alone, or nothing. */
export const LIST_DISCLOSURES = ['public', 'names_only', 'not_disclosed'] as const;
export type ListDisclosure = (typeof LIST_DISCLOSURES)[number];

export const DECISION_OUTCOMES = [
  'adopted',
  'adopted_in_principle',
  'deferred',
  'not_adopted',
  'noted',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** A decision as a published record states it: its title, kind and outcome. */
export type DecisionSummary = { title: string; kind: DecisionKind; outcome: DecisionOutcome };

/** A meeting as a published record names it: its body, designation, date, chair and chair's title line. */
export type MeetingDesignation = {
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairTitle: string;
};

// A policy document is what a decision adopted, issued under a document number; an interpretation (政策解读)
// explains one policy document and is published with it.
export const DOCUMENT_KINDS = [
  'agenda',
  'minutes',
  'press_release',
  'policy_document',
  'interpretation',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The kinds issued from a decision, with catalogue fields and a page of their own. */
export const ISSUED_KINDS = ['policy_document', 'interpretation'] as const;
/**
 * The kinds of document the public may read once published: scanned for personal data before they go out,
 * published with their attached files, and confidentiality-reviewed by default.
 */
export const PUBLIC_DOCUMENT_KINDS = ['press_release', ...ISSUED_KINDS] as const;
export type IssuedKind = (typeof ISSUED_KINDS)[number];
export const isIssuedKind = (kind: DocumentKind): kind is IssuedKind =>
  (ISSUED_KINDS as readonly string[]).includes(kind);

/** Whether a document is still in force, and if not, what ended or changed it. */
export const VALIDITIES = ['in_force', 'amended', 'repealed', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];

/** How a document may be disclosed (主动公开, 依申请公开, 不予公开): only proactive ones have public pages. */
export const DISCLOSURES = ['proactive', 'on_request', 'not_disclosed'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

/** What a newer document does to an earlier one it names. */
export const DOCUMENT_CHANGE_KINDS = ['amends', 'repeals'] as const;
export type DocumentChangeKind = (typeof DOCUMENT_CHANGE_KINDS)[number];

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

// 'published': the newest revision is the one the public reads.
export const WORKING_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'published'] as const;
export type WorkingState = (typeof WORKING_STATES)[number];

export const PUBLICATION_STATES = ['none', 'published', 'withdrawn'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const REVISION_SOURCES = ['save', 'restore', 'regenerate', 'import'] as const;
export type RevisionSource = (typeof REVISION_SOURCES)[number];

/** How a person took part in a meeting, as the minutes list them (出席, 列席, 请假, 记录). */
export const ATTENDANCE_ROLES = ['present', 'non_voting', 'absent', 'minute_taker'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

/** What the meeting concluded on an agenda item, as the minutes state it. */
export const ITEM_CONCLUSIONS = ['agreed', 'agreed_in_principle', 'revise_resubmit', 'noted'] as const;
export type ItemConclusion = (typeof ITEM_CONCLUSIONS)[number];

/** A unit the issued minutes go to: as a main recipient (主送) or a copy (抄送). */
export const DISTRIBUTION_KINDS = ['main', 'cc'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

/**
 * How closely the minutes are held, printed on them (内部 / 限阅). Either keeps them off every public page,
 * feed, search, API and export. State secrets never enter Gazette at all.
 */
export const MINUTES_CLASSIFICATIONS = ['internal', 'restricted'] as const;
export type MinutesClassification = (typeof MINUTES_CLASSIFICATIONS)[number];
