// Message keys of the meeting register's phone layout and the records page's add forms, English and
// Simplified Chinese (merged into the catalogues).
export const listsAndPagesEn = {
  'meetings.filters': 'Filters',
  'meetings.filtersActive': 'Filters (in use)',
  'records.agendaItemAdded': 'Agenda item added.',
  'records.decisionAdded': 'Decision added.',
} as const;

export const listsAndPagesZh: Record<keyof typeof listsAndPagesEn, string> = {
  'meetings.filters': '筛选',
  'meetings.filtersActive': '筛选（已启用）',
  'records.agendaItemAdded': '已添加议题。',
  'records.decisionAdded': '已添加决定事项。',
};
