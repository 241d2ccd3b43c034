// Message keys of the public search pages, English and Simplified Chinese (merged into the catalogues).
export const searchEn = {
  'search.title': 'Search',
  'search.titleWithQuery': 'Search: {query}',
  'search.formLabel': 'Search the published releases',
  'search.inputLabel': 'Words to search for',
  'search.hint': 'Put words in double quotes to find an exact phrase, for example "executive meeting".',
  'search.submit': 'Search',
  'search.prompt': 'Enter a word or phrase to search the published releases.',
  'search.tooLong':
    'Your search is longer than {max} characters, so it was not run. Please shorten it and search again.',
  'search.countOne': 'One release matches “{query}”.',
  'search.countMany': '{count} releases match “{query}”.',
  'search.capped':
    'More than {count} releases match “{query}”. The {count} most recent are listed, those with your words in the headline first, then newest first; add words to narrow the search.',
  'search.none': 'No published release matches “{query}”.',
  'search.noneHint': 'Check the spelling, or try fewer or other words.',
  'search.browseArchive': 'Browse the archive by year',
  'search.results': 'Search results',
  'search.pages': 'Result pages',
} as const;

export const searchZh: Record<keyof typeof searchEn, string> = {
  'search.title': '搜索',
  'search.titleWithQuery': '搜索：{query}',
  'search.formLabel': '搜索已发布的新闻稿',
  'search.inputLabel': '搜索词',
  'search.hint': '用双引号括起词语可查找完整短语，例如“常务会议”。',
  'search.submit': '搜索',
  'search.prompt': '请输入要在已发布新闻稿中搜索的词语。',
  'search.tooLong': '搜索内容超过{max}个字符，未执行搜索。请缩短后重新搜索。',
  'search.countOne': '有1篇新闻稿与“{query}”匹配。',
  'search.countMany': '有{count}篇新闻稿与“{query}”匹配。',
  'search.capped':
    '与“{query}”匹配的新闻稿超过{count}篇，以下列出最近的{count}篇：标题含搜索词的在前，其余按时间由近及远；可增加搜索词缩小范围。',
  'search.none': '没有与“{query}”匹配的已发布新闻稿。',
  'search.noneHint': '请检查用字，或减少、更换搜索词。',
  'search.browseArchive': '按年份浏览归档',
  'search.results': '搜索结果',
  'search.pages': '结果分页',
};
