// Message keys of the minutes PDF — the mark of a draft on every page, the page number — English and
// Simplified Chinese (merged into the catalogues).
export const minutesPdfEn = {
  'minutesPdf.draftMark': 'DRAFT',
  'minutesPdf.draftLabel': 'Draft — not the issued minutes',
  'minutesPdf.pageNumber': '— {page} —',
} as const;

export const minutesPdfZh: Record<keyof typeof minutesPdfEn, string> = {
  'minutesPdf.draftMark': '草稿',
  'minutesPdf.draftLabel': '草稿 — 非正式印发文本',
  'minutesPdf.pageNumber': '— {page} —',
};
