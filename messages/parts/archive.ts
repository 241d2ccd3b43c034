// Message keys of the public archive pages, English and Simplified Chinese (merged into the catalogues).
export const archiveEn = {
  'archive.title': 'Archive',
  'archive.intro': 'Every published release, by the year it was first published.',
  'archive.description': 'Every press release published on this site, by year and month.',
  'archive.empty': 'No releases have been published yet.',
  'archive.yearsLabel': 'Years',
  'archive.yearTitle': 'Releases of {year}',
  'archive.yearDescription': 'The press releases first published in {year}, month by month.',
  'archive.monthsLabel': 'Months of {year}',
  'archive.allYears': 'All years',
  'archive.otherYears': 'Other years',
  'archive.newerYear': 'Newer: {year}',
  'archive.olderYear': 'Older: {year}',
  // Chosen with Intl.PluralRules, so English says "1 release" and "2 releases".
  'archive.releaseCount.one': '{count} release',
  'archive.releaseCount.other': '{count} releases',
} as const;

export const archiveZh: Record<keyof typeof archiveEn, string> = {
  'archive.title': '往期归档',
  'archive.intro': '全部已发布的新闻稿，按首次发布的年份归档。',
  'archive.description': '本站发布的全部新闻稿，按年、月归档。',
  'archive.empty': '暂无已发布的新闻稿。',
  'archive.yearsLabel': '年份',
  'archive.yearTitle': '{year}年新闻稿',
  'archive.yearDescription': '{year}年首次发布的新闻稿，按月份排列。',
  'archive.monthsLabel': '{year}年各月',
  'archive.allYears': '全部年份',
  'archive.otherYears': '其他年份',
  'archive.newerYear': '较新：{year}年',
  'archive.olderYear': '较早：{year}年',
  'archive.releaseCount.one': '{count}篇',
  'archive.releaseCount.other': '{count}篇',
};
