// The kinds of warning an import gives, for summaries that count them across an archive ("312 titles
// whose kind was guessed"); the warnings themselves stay whole in the report. Pure.

const KINDS: [kind: string, pattern: RegExp][] = [
  ['decision_kind_unknown', /^could not guess the kind of decision/],
  ['decision_kind_fallback', /^recorded as "/],
  ['titles_run_together', /^could not tell whether this is one title or several/],
  ['adoption_not_placed', /^not placed \(speaks of an adoption/],
  ['after_footer', /not placed \(after the site footer\)/],
  ['cut_off', /cut off mid-sentence/],
  ['no_year', /has no year/],
  ['year_overridden', /^the dateline says \d+ but --year/],
  ['ordinal_mismatch', /^the headline says the/],
  ['no_body_named', /names the body/],
  ['date_unreadable', /^the opening paragraph does not start with a date|names no month|is not a day of/],
  ['opening_unreadable', /^the opening paragraph names no chair|^the meeting after the verb/],
  ['no_session_number', /^no session number/],
];

/** One stable word for a warning's kind; 'other' for a warning no kind describes. */
export function warningKind(warning: string): string {
  return KINDS.find(([, pattern]) => pattern.test(warning))?.[0] ?? 'other';
}
