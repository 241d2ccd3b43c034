// Message keys of content in two languages — the records' Chinese and English values, each language's
// release, translations and their review chains — English and Simplified Chinese (merged into the catalogues).
export const languagesEn = {
  'language.zh': 'Chinese',
  'language.en': 'English',
  'language.original': 'original',
  'language.translation': 'translation',
  'chains.languageSection': '{language} documents',
  'chains.formLabel': '{kind} ({language})',
  'documents.kindInLanguage': '{kind} ({language})',
  'workflow.refused.originalUnpublished':
    'A translation is published after its original: publish the {language} release first. (An administrator can let translations go first in the site settings.)',
  'documents.recordsMissingInLanguage':
    'The records lack {count} value(s) this release needs in its language. Fill them in on the meeting’s pages first; the list is beside the draft button.',
  'records.missing.title': 'Missing in {language} before this release can be drafted',
  'records.missing.bodyName': 'The body’s name',
  'records.missing.meetingName': 'The name of its meetings',
  'records.missing.chairName': 'The chair’s name',
  'records.missing.chairTitle': 'The chair’s title line',
  'records.missing.purpose': 'The purpose of the meeting',
  'records.missing.stressed': 'Agenda item {position}: what the meeting stressed',
  'records.missing.decisionTitle': 'Decision {position}: its title as adopted',
  'records.missing.emphasis': 'Decision {position}: what the meeting emphasised',
  'records.missing.known': 'In {language}: “{known}”',
  'review.withdrawTranslationToo': 'Also withdraw its {language} translation, for the same reason',
  'settings.translations': 'Translations',
  'settings.translationFirst':
    'A translation may be published before its original (by default it waits until the original is published)',
} as const;

export const languagesZh: Record<keyof typeof languagesEn, string> = {
  'language.zh': '中文',
  'language.en': '英文',
  'language.original': '原文',
  'language.translation': '译文',
  'chains.languageSection': '{language}文件',
  'chains.formLabel': '{kind}（{language}）',
  'documents.kindInLanguage': '{kind}（{language}）',
  'workflow.refused.originalUnpublished':
    '译文须在原文之后发布：请先发布{language}稿。（管理员可在网站设置中允许译文先行发布。）',
  'documents.recordsMissingInLanguage':
    '会议记录缺少本稿语言所需的{count}项内容。请先在会议页面补全，缺少的项目列在起草按钮旁。',
  'records.missing.title': '起草本稿前需补充的{language}内容',
  'records.missing.bodyName': '机关名称',
  'records.missing.meetingName': '会议名称',
  'records.missing.chairName': '主持人姓名',
  'records.missing.chairTitle': '主持人职务',
  'records.missing.purpose': '会议议题',
  'records.missing.stressed': '第{position}项议程：会议强调的内容',
  'records.missing.decisionTitle': '第{position}项决定：通过的标题',
  'records.missing.emphasis': '第{position}项决定：会议强调的内容',
  'records.missing.known': '{language}：“{known}”',
  'review.withdrawTranslationToo': '同时以同一理由撤回其{language}译文',
  'settings.translations': '译文',
  'settings.translationFirst': '允许译文先于原文发布（默认须待原文发布后）',
};
