import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
  blob,
} from 'drizzle-orm/sqlite-core';
import {
  AGENDA_ITEM_KINDS,
  ATTENDANCE_ROLES,
  CONTENT_LANGUAGES,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DISTRIBUTION_KINDS,
  DISCLOSURES,
  DOCUMENT_CHANGE_KINDS,
  DOCUMENT_KINDS,
  ITEM_CONCLUSIONS,
  LIST_DISCLOSURES,
  MEETING_STATUSES,
  MINUTES_CLASSIFICATIONS,
  PUBLICATION_STATES,
  REVISION_SOURCES,
  ROLES,
  VALIDITIES,
  VISIBILITIES,
  WORKING_STATES,
  type DecisionSummary,
} from '../domain/vocabulary';
import { ATTACHMENT_TYPES } from '../domain/attachments';
import {
  FOLLOW_UP_EVENT_KINDS,
  FOLLOW_UP_SOURCES,
  FOLLOW_UP_STATES,
  REMINDER_KINDS,
  REPORT_CYCLES,
} from '../domain/follow-up';

// Every instant is stored as UTC milliseconds; a calendar date (the day a meeting was held) as 'YYYY-MM-DD'.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  // Bumped whenever a session must end (sign-out everywhere, roles changed, disabled, password reset).
  sessionVersion: integer('session_version').notNull().default(1),
  locale: text('locale', { enum: ['en', 'zh'] })
    .notNull()
    .default('en'),
  // A unit liaison's unit: what is distributed to it is what the liaison reads.
  unitId: integer('unit_id').references((): AnySQLiteColumn => units.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const userRoles = sqliteTable(
  'user_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

// Record fields a release quotes are kept in both content languages: the unsuffixed column is the English
// value, the `_zh` column the Chinese one. Either may be empty while its translation is not yet written.

export const bodies = sqliteTable('bodies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // As it reads inside a sentence: "the People's Government of Sichuan Province" / "省政府".
  name: text('name').notNull(),
  nameZh: text('name_zh').notNull().default(''),
  // What its meetings are called: "Executive Meeting" / "常务会议".
  meetingName: text('meeting_name').notNull(),
  meetingNameZh: text('meeting_name_zh').notNull().default(''),
  // The language its releases are written in first; the other language's release is their translation.
  originalLanguage: text('original_language', { enum: CONTENT_LANGUAGES }).notNull().default('zh'),
  // The body's code in the disclosure catalogue's index numbers (e.g. its organisation code); empty: "B{id}".
  catalogueCode: text('catalogue_code').notNull().default(''),
  createdAt: createdAt(),
});

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    // Not unique: numbering restarts with each government term.
    sessionNumber: integer('session_number').notNull(),
    heldOn: text('held_on').notNull(),
    location: text('location').notNull().default(''),
    chairName: text('chair_name').notNull(),
    chairNameZh: text('chair_name_zh').notNull().default(''),
    chairTitle: text('chair_title').notNull().default(''),
    chairTitleZh: text('chair_title_zh').notNull().default(''),
    attendees: text('attendees').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    purposeZh: text('purpose_zh').notNull().default(''),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('held'),
    minutesClassification: text('minutes_classification', { enum: MINUTES_CLASSIFICATIONS })
      .notNull()
      .default('internal'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('meetings_held_on').on(t.heldOn),
    index('meetings_body_number').on(t.bodyId, t.sessionNumber),
    // The register's search counts its matches by chair name (a substring, so every meeting is read):
    // from this index alone, not the table's rows, which is three times faster.
    index('meetings_body_chair').on(t.bodyId, t.chairName),
    // The register's "session number" order.
    index('meetings_number_held_on').on(t.sessionNumber, t.heldOn),
  ],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: AGENDA_ITEM_KINDS }).notNull(),
    title: text('title').notNull(),
    titleZh: text('title_zh').notNull().default(''),
    presenter: text('presenter').notNull().default(''),
    notes: text('notes').notNull().default(''),
    // What the meeting stressed, as it continues "The Executive Meeting stressed …" (会议强调，…).
    stressed: text('stressed').notNull().default(''),
    stressedZh: text('stressed_zh').notNull().default(''),
    // For the minutes: what was heard or deliberated, and what the meeting concluded (null: not yet recorded).
    deliberation: text('deliberation').notNull().default(''),
    deliberationZh: text('deliberation_zh').notNull().default(''),
    conclusion: text('conclusion', { enum: ITEM_CONCLUSIONS }),
  },
  (t) => [index('agenda_items_meeting').on(t.meetingId, t.position)],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
    // The document's title as adopted; for a naming decision, the phrase that follows "decided to name".
    title: text('title').notNull(),
    // The Chinese title as adopted, without its 《》 (the text adds them).
    titleZh: text('title_zh').notNull().default(''),
    kind: text('kind', { enum: DECISION_KINDS }).notNull(),
    outcome: text('outcome', { enum: DECISION_OUTCOMES }).notNull().default('adopted'),
    // What the meeting emphasised, as it continues "…, emphasizing that …" (会议强调，…).
    emphasis: text('emphasis').notNull().default(''),
    emphasisZh: text('emphasis_zh').notNull().default(''),
    // A list of people (nomination list, naming): what of its entries may be published.
    disclosure: text('disclosure', { enum: LIST_DISCLOSURES }).notNull().default('public'),
  },
  (t) => [index('decisions_meeting').on(t.meetingId, t.position)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    // The language of its text. A meeting has a press release per language: the one in its body's original
    // language, and the translation, which names it in `translationOfId`. (Documents from before languages
    // were kept were English.)
    language: text('language', { enum: CONTENT_LANGUAGES }).notNull().default('en'),
    translationOfId: integer('translation_of_id'),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    workingState: text('working_state', { enum: WORKING_STATES }).notNull().default('draft'),
    // 1-based step of the review chain while in review; null otherwise.
    reviewStep: integer('review_step'),
    // Increments on every submit: an approval belongs to one review cycle.
    reviewCycle: integer('review_cycle').notNull().default(0),
    // Revisions numbered from here on were made since the last publication: their authors may not approve.
    editsSinceRevision: integer('edits_since_revision').notNull().default(1),
    currentRevisionId: integer('current_revision_id'),
    publicationState: text('publication_state', { enum: PUBLICATION_STATES }).notNull().default('none'),
    publishedRevisionId: integer('published_revision_id'),
    firstPublishedAt: integer('first_published_at', { mode: 'timestamp_ms' }),
    lastPublishedAt: integer('last_published_at', { mode: 'timestamp_ms' }),
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
    // Shown on the public page after a republication that corrected the text.
    correctionNote: text('correction_note').notNull().default(''),
    scheduledFor: integer('scheduled_for', { mode: 'timestamp_ms' }),
    scheduledBy: integer('scheduled_by').references(() => users.id),
    slug: text('slug'),
    // An issued document (policy document or interpretation): the decision that adopted it. A meeting may
    // adopt several, so these are unique per decision rather than per meeting.
    decisionId: integer('decision_id').references(() => decisions.id),
    // An interpretation: the policy document it explains (in the same language).
    interpretsId: integer('interprets_id'),
    // Whether an issued document is still in force; changed by a later document or by the ticker on expiry.
    validity: text('validity', { enum: VALIDITIES }).notNull().default('in_force'),
    validityChangedOn: text('validity_changed_on'),
    // The published document that amended or repealed this one.
    validityChangedById: integer('validity_changed_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_meeting_kind_language')
      .on(t.meetingId, t.kind, t.language)
      .where(sql`decision_id is null`),
    uniqueIndex('documents_decision_kind_language')
      .on(t.decisionId, t.kind, t.language)
      .where(sql`decision_id is not null`),
    index('documents_interprets').on(t.interpretsId),
    index('documents_translation_of').on(t.translationOfId),
    index('documents_public').on(t.kind, t.publicationState, t.firstPublishedAt),
    index('documents_review').on(t.workingState, t.reviewStep),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    number: integer('number').notNull(),
    headline: text('headline').notNull(),
    // Markdown; rendered without raw HTML.
    body: text('body').notNull(),
    source: text('source', { enum: REVISION_SOURCES }).notNull(),
    // A translation's revision: the original's revision it was translated from (its editor showed it).
    // When the original publishes a newer revision, the translation is stale until it is brought level.
    translatedFromRevisionId: integer('translated_from_revision_id'),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_document_number').on(t.documentId, t.number)],
);

// A file attached to a revision. Its bytes are in the file store under its SHA-256 (db/file-store.ts); a new
// revision of the document copies its predecessor's rows, so each revision lists exactly the files it carries.
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    // 1-based order in the revision's list.
    position: integer('position').notNull(),
    // The name it is listed and served under (its extension agrees with its type).
    name: text('name').notNull(),
    // Decided by its content, never by its name or the uploader's browser.
    type: text('type', { enum: ATTACHMENT_TYPES }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    // An image's alternative text, in the document's language ('' for other files).
    altText: text('alt_text').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('attachments_revision_position').on(t.revisionId, t.position),
    index('attachments_sha256').on(t.sha256),
  ],
);

/**
 * The text layer of a stored file, by its SHA-256, read once when it is attached, for the personal-data
 * scan: null when the file has none that can be read (an image, a spreadsheet, a scan without text), which
 * the scan lists as not scanned.
 */
export const fileTextLayers = sqliteTable('file_text_layers', {
  sha256: text('sha256').primaryKey(),
  text: text('text'),
  createdAt: createdAt(),
});

export const reviewChainSteps = sqliteTable(
  'review_chain_steps',
  {
    documentKind: text('document_kind', { enum: DOCUMENT_KINDS }).notNull(),
    // Each language's documents have their own chain (a translation may be checked by other people).
    language: text('language', { enum: CONTENT_LANGUAGES }).notNull().default('en'),
    step: integer('step').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentKind, t.language, t.step] }),
    check('step_range', sql`${t.step} between 1 and 3`),
  ],
);

export const approvals = sqliteTable(
  'approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    reviewCycle: integer('review_cycle').notNull(),
    step: integer('step').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    // Why the approver signed a text the consistency check found fault with (empty when it found none).
    overrideReason: text('override_reason').notNull().default(''),
    // The signer confirmed the confidentiality statement (no state secret, work secret or unlawful personal
    // data) for this revision: only on the step that carries it.
    confidentialityConfirmed: integer('confidentiality_confirmed', { mode: 'boolean' })
      .notNull()
      .default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('approvals_one_per_step').on(t.documentId, t.reviewCycle, t.step)],
);

// Append-only (triggers in the migrations refuse UPDATE and DELETE).
export const transitions = sqliteTable(
  'transitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revisionId: integer('revision_id').references(() => revisions.id),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('transitions_document').on(t.documentId, t.id)],
);

// Append-only (triggers in the migrations refuse UPDATE and DELETE).
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    // 'user' | 'system' | 'anonymous'
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull().default(''),
    // JSON object with the details of the event.
    detail: text('detail').notNull().default('{}'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_created').on(t.createdAt),
    // A record's history (a meeting's, a document's) and when it last changed, without reading the log.
    index('audit_events_subject').on(t.subjectType, t.subjectId, t.createdAt),
  ],
);

export const siteSettings = sqliteTable(
  'site_settings',
  {
    id: integer('id').primaryKey(),
    sectionName: text('section_name').notNull().default('Open Governance'),
    hostedBy: text('hosted_by').notNull().default(''),
    operator: text('operator').notNull().default(''),
    websiteCode: text('website_code').notNull().default(''),
    icpNumber: text('icp_number').notNull().default(''),
    securityRecord: text('security_record').notNull().default(''),
    // The Chinese site's own values: it shows these, never the English ones (an empty one is left out).
    sectionNameZh: text('section_name_zh').notNull().default('政务公开'),
    hostedByZh: text('hosted_by_zh').notNull().default(''),
    operatorZh: text('operator_zh').notNull().default(''),
    icpNumberZh: text('icp_number_zh').notNull().default(''),
    securityRecordZh: text('security_record_zh').notNull().default(''),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    // How many days before its deadline a follow-up item's units are reminded of it.
    followUpReminderDays: integer('follow_up_reminder_days').notNull().default(7),
    // Whether a translation may be published before its original (by default it waits for it).
    translationFirst: integer('translation_first', { mode: 'boolean' }).notNull().default(false),
    // Names of people who asked not to be named, one a line: the personal-data scan looks for them. Never
    // read by the public site (getSiteSettings does not select it).
    protectedNames: text('protected_names').notNull().default(''),
    // Whether a policy document may be published before its interpretation (a warning is shown either way).
    policyWithoutInterpretation: integer('policy_without_interpretation', { mode: 'boolean' })
      .notNull()
      .default(true),
    // The masthead: the body the site speaks for, in each language ("People's Government of … Province").
    bodyName: text('body_name').notNull().default(''),
    bodyNameZh: text('body_name_zh').notNull().default(''),
    // The emblem an admin uploaded (PNG or SVG, size-limited in data/site-emblem.ts) and its alt text; none:
    // the site's own neutral placeholder is shown.
    emblem: blob('emblem', { mode: 'buffer' }),
    emblemType: text('emblem_type'),
    emblemAlt: text('emblem_alt').notNull().default(''),
    emblemAltZh: text('emblem_alt_zh').notNull().default(''),
    emblemUpdatedAt: integer('emblem_updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [check('single_row', sql`${t.id} = 1`)],
);

/** Autosave: one mutable scratch copy per user and document. Not a revision; cleared by a real save. */
export const documentDrafts = sqliteTable(
  'document_drafts',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    baseRevisionId: integer('base_revision_id'),
    headline: text('headline').notNull(),
    body: text('body').notNull(),
    savedAt: integer('saved_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.userId] })],
);

/** Who is editing a document; expires after a few minutes without a heartbeat and can be taken over. */
export const documentLocks = sqliteTable('document_locks', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  since: integer('since', { mode: 'timestamp_ms' }).notNull(),
  heartbeatAt: integer('heartbeat_at', { mode: 'timestamp_ms' }).notNull(),
});

export const NOTIFICATION_KINDS = [
  'submitted',
  'returned',
  'approved',
  'ready_to_publish',
  'published',
  'withdrawn',
  'recalled',
  // Issued minutes, to the liaisons of the units on their distribution list.
  'minutes_received',
] as const;

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    comment: text('comment').notNull().default(''),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt, t.id)],
);

/**
 * Each signed-in session (one per sign-in, so per device). Its id travels in the session's JWT, and a
 * session whose row is gone is over: signing out deletes the row, so a copy of the cookie stops working
 * on the server, while the user's other sessions carry on. Ending every session at once is the user's
 * session version's job.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_created').on(t.createdAt)],
);

/** Failed sign-ins per account and per address, for the growing delay after too many (see data/signin-throttle.ts). */
export const signinThrottle = sqliteTable('signin_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: integer('first_failure_at', { mode: 'timestamp_ms' }).notNull(),
  blockedUntil: integer('blocked_until', { mode: 'timestamp_ms' }),
});

/**
 * Tokens with which other systems call the integration API. Only a SHA-256 hash of the secret is kept: the
 * secret is 32 random bytes, so a fast hash is enough (nothing to guess), and the token names its own id
 * (`gz_<id>_<secret>`) so it is found by primary key. A token acts for one account, with at most the roles
 * of its scope that the account still holds (comma-separated codes).
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    roles: text('roles').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedBy: integer('revoked_by').references(() => users.id),
  },
  (t) => [index('api_tokens_created').on(t.createdAt)],
);

export const PUBLICATION_ACTIONS = ['publish', 'import'] as const;

/**
 * What each publication of a press release said of its meeting: the public record fields as they stood
 * when it was published or imported, kept to what the published text states. The open-data API and the
 * export show the newest row of a release, never the live records, so an edit becomes public only with the
 * next publication. Append-only (triggers in the migration): an import's row stays the release's source
 * (body, session number, date) however the records change later.
 */
export const publications = sqliteTable(
  'publications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    action: text('action', { enum: PUBLICATION_ACTIONS }).notNull(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    bodyName: text('body_name').notNull(),
    meetingName: text('meeting_name').notNull(),
    sessionNumber: integer('session_number').notNull(),
    heldOn: text('held_on').notNull(),
    chairName: text('chair_name').notNull(),
    chairTitle: text('chair_title').notNull(),
    // The decisions the text names, in the records' order: [{ title, kind, outcome }].
    decisions: text('decisions', { mode: 'json' }).$type<DecisionSummary[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('publications_document').on(t.documentId, t.id),
    index('publications_source').on(t.bodyId, t.sessionNumber, t.heldOn),
  ],
);

/**
 * Refusals of callers who named no valid account (a bad API token, a forged or ended session), counted
 * per address, minute and what was attempted. Not the audit log: anyone can cause these, so they are
 * counted here and summed into one audit event per address and minute once the minute is over
 * (data/anonymous-refusals.ts); the rows are then deleted.
 */
export const anonymousRefusals = sqliteTable(
  'anonymous_refusals',
  {
    address: text('address').notNull(),
    // The minute's start, UTC milliseconds.
    minute: integer('minute').notNull(),
    attempted: text('attempted').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.address, t.minute, t.attempted] }),
    index('anonymous_refusals_minute').on(t.minute),
  ],
);

// The units (departments, bureaux) and people a body's minutes name, kept by an administrator per body.

export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    name: text('name').notNull().default(''),
    nameZh: text('name_zh').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('units_body').on(t.bodyId)],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    name: text('name').notNull().default(''),
    nameZh: text('name_zh').notNull().default(''),
    title: text('title').notNull().default(''),
    titleZh: text('title_zh').notNull().default(''),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('people_body').on(t.bodyId)],
);

/**
 * Who attended a meeting, as the minutes list them. The name and title are copied from the body's list of
 * people when picked (the record says who someone was on the day), or typed for a guest.
 */
export const attendance = sqliteTable(
  'attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role', { enum: ATTENDANCE_ROLES }).notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    name: text('name').notNull().default(''),
    nameZh: text('name_zh').notNull().default(''),
    title: text('title').notNull().default(''),
    titleZh: text('title_zh').notNull().default(''),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    // Why an absent member was absent (请假的事由).
    reason: text('reason').notNull().default(''),
    reasonZh: text('reason_zh').notNull().default(''),
  },
  (t) => [index('attendance_meeting').on(t.meetingId, t.position)],
);

/** What the meeting assigned on an agenda item: a task, the unit that leads it, by when (督办事项). */
export const followUpItems = sqliteTable(
  'follow_up_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    // As it continues "请X牵头，Y配合，" / "X is to lead, with Y, in": a verb phrase.
    task: text('task').notNull().default(''),
    taskZh: text('task_zh').notNull().default(''),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    // 'YYYY-MM-DD', or null for no deadline.
    deadline: text('deadline'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    // Where the secretariat took it from, when not from the minutes' assignments.
    source: text('source', { enum: FOLLOW_UP_SOURCES }).notNull().default('minutes'),
    decisionId: integer('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    // Stored state; "overdue" is computed from the deadline (domain/follow-up.ts).
    state: text('state', { enum: FOLLOW_UP_STATES }).notNull().default('not_started'),
    cancelReason: text('cancel_reason').notNull().default(''),
    responsibleLeader: text('responsible_leader').notNull().default(''),
    reportCycle: text('report_cycle', { enum: REPORT_CYCLES }).notNull().default('none'),
    // Whether its progress is shown on the public site.
    disclosed: integer('disclosed', { mode: 'boolean' }).notNull().default(false),
    // The latest reported progress, kept on the row so that lists and charts read no history.
    percent: integer('percent'),
    lastReportAt: integer('last_report_at', { mode: 'timestamp_ms' }),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('follow_up_items_meeting').on(t.meetingId, t.position),
    index('follow_up_items_state').on(t.state, t.deadline),
    index('follow_up_items_lead').on(t.leadUnitId),
    index('follow_up_items_disclosed').on(t.disclosed, t.id),
  ],
);

/**
 * What happened to a follow-up item, in order: progress reports (text, percentage or milestone), extension
 * requests and the secretariat's answers, completion, cancellation. A report's id is what files are
 * attached to. Append-only.
 */
export const followUpEvents = sqliteTable(
  'follow_up_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => followUpItems.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FOLLOW_UP_EVENT_KINDS }).notNull(),
    text: text('text').notNull().default(''),
    percent: integer('percent'),
    milestone: text('milestone').notNull().default(''),
    // An extension: the deadline asked for; an accepted one: also the deadline it replaced.
    requestedDeadline: text('requested_deadline'),
    previousDeadline: text('previous_deadline'),
    actorId: integer('actor_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('follow_up_events_item').on(t.itemId, t.id)],
);

/**
 * In-app reminders of follow-up items, one per item, person, kind and occasion (the deadline, or the report
 * period): the unique key makes the ticker's repeated runs send each once.
 */
export const followUpReminders = sqliteTable(
  'follow_up_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => followUpItems.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    occasion: text('occasion').notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('follow_up_reminders_once').on(t.itemId, t.userId, t.kind, t.occasion),
    index('follow_up_reminders_user').on(t.userId, t.readAt),
  ],
);

/** The units that co-operate on a follow-up item (配合单位), besides the one that leads it. */
export const followUpCoUnits = sqliteTable(
  'follow_up_co_units',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => followUpItems.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.unitId] })],
);

/** The units a meeting's minutes are issued to (主送 / 抄送). */
export const minutesDistribution = sqliteTable(
  'minutes_distribution',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: DISTRIBUTION_KINDS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] }), index('minutes_distribution_unit').on(t.unitId)],
);

/**
 * The number of issued minutes (〔2024〕3号): per body and year, given once when the minutes are first
 * issued and never changed. The primary key makes two issues at once take different serials.
 */
export const minutesNumbers = sqliteTable(
  'minutes_numbers',
  {
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    documentId: integer('document_id')
      .notNull()
      .unique()
      .references(() => documents.id),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.serial] })],
);

/** Who opened an issued document, first and last (the record of receipt the issuer reads). */
export const documentReads = sqliteTable(
  'document_reads',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    firstOpenedAt: integer('first_opened_at', { mode: 'timestamp_ms' }).notNull(),
    lastOpenedAt: integer('last_opened_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.userId] })],
);

/**
 * Per kind of document: whether the confidentiality statement must be confirmed before publication, and
 * which review step carries it. A kind without a row takes the defaults of domain/confidentiality.ts.
 */
export const confidentialityRules = sqliteTable(
  'confidentiality_rules',
  {
    documentKind: text('document_kind', { enum: DOCUMENT_KINDS }).primaryKey(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    step: integer('step').notNull().default(1),
  },
  (t) => [check('confidentiality_step_range', sql`${t.step} between 1 and 3`)],
);

/**
 * A leader's decision to publish one personal-data finding of one revision as it stands, with the reason.
 * It names the finding by where it is and a hash of its value, never the value itself.
 */
export const personalDataOverrides = sqliteTable(
  'personal_data_overrides',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    // 'headline', 'body', or an attachment's text layer ('attachment:<name>').
    part: text('part').notNull(),
    kind: text('kind').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    // SHA-256 (hex) of the value: the override holds only for the same value at the same place.
    valueHash: text('value_hash').notNull(),
    reason: text('reason').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('personal_data_overrides_finding').on(t.revisionId, t.part, t.kind, t.start, t.end),
    index('personal_data_overrides_created').on(t.createdAt),
  ],
);

/**
 * One person (or place) on a list a meeting adopted. Name, unit or place and what for are public (as the
 * list's disclosure allows); the ID number, phone, address and notes are the secretariat's alone: never in a
 * public page, the API, the export, search, a feed or the sitemap.
 */
export const nominationEntries = sqliteTable(
  'nomination_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unitOrPlace: text('unit_or_place').notNull().default(''),
    reason: text('reason').notNull().default(''),
    idNumber: text('id_number').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('nomination_entries_decision').on(t.decisionId, t.position)],
);

/** The catalogue's topic categories (主题分类), kept by an administrator. */
export const topicCategories = sqliteTable('topic_categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Short code in index numbers ("ECON").
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameZh: text('name_zh').notNull().default(''),
});

/**
 * An issued document's catalogue fields as of one revision: saved as a revision of their own (same text),
 * so a change is reviewed like the text. A revision without a row has its predecessor's fields.
 */
export const catalogueEntries = sqliteTable(
  'catalogue_entries',
  {
    revisionId: integer('revision_id')
      .primaryKey()
      .references(() => revisions.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    issuingBody: text('issuing_body').notNull().default(''),
    documentNumber: text('document_number').notNull().default(''),
    writtenOn: text('written_on'),
    effectiveOn: text('effective_on'),
    // The last day in force (null: no end date); the ticker marks it expired the day after.
    validUntil: text('valid_until'),
    categoryId: integer('category_id').references(() => topicCategories.id),
    disclosure: text('disclosure', { enum: DISCLOSURES }).notNull().default('proactive'),
    // The legal reason when not disclosed proactively.
    disclosureReason: text('disclosure_reason').notNull().default(''),
    // An earlier document this one amends or repeals (applied when this one is published).
    changesDocumentId: integer('changes_document_id').references(() => documents.id),
    changeKind: text('change_kind', { enum: DOCUMENT_CHANGE_KINDS }),
  },
  (t) => [index('catalogue_entries_document').on(t.documentId, t.revisionId)],
);

/**
 * Index numbers (索引号) given at first publication and never changed: per body code and year, the next
 * serial. The primary key keeps two publications from taking one number.
 */
export const indexNumbers = sqliteTable(
  'index_numbers',
  {
    bodyCode: text('body_code').notNull(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    documentId: integer('document_id')
      .notNull()
      .unique()
      .references(() => documents.id),
    indexNumber: text('index_number').notNull().unique(),
    // The document number as published, unique among published documents.
    documentNumber: text('document_number'),
  },
  (t) => [
    primaryKey({ columns: [t.bodyCode, t.year, t.serial] }),
    uniqueIndex('index_numbers_document_number').on(t.documentNumber),
  ],
);

/**
 * The purge outbox: what a change told every shared cache (CACHE_PURGE_URLS) to forget, written in the
 * same transaction as the change, so that no change commits without its purge nor a purge without its
 * change. One delivery row per configured cache, retried with backoff until the cache acknowledges it.
 */
export const cachePurges = sqliteTable('cache_purges', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // The tags (domain/cache-tags.mjs), space-separated as the xkey-purge and Surrogate-Key headers carry them.
  tags: text('tags').notNull(),
  // What caused it: an audit-style action name ('document.publish', 'settings.updated').
  cause: text('cause').notNull(),
  createdAt: createdAt(),
});

export const cachePurgeDeliveries = sqliteTable(
  'cache_purge_deliveries',
  {
    purgeId: integer('purge_id')
      .notNull()
      .references(() => cachePurges.id, { onDelete: 'cascade' }),
    // One of CACHE_PURGE_URLS, as configured when the purge was written.
    target: text('target').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ columns: [t.purgeId, t.target] }),
    index('cache_purge_deliveries_due').on(t.deliveredAt, t.nextAttemptAt),
  ],
);
