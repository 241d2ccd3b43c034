// Message keys of the workspace in two content languages: the record forms' Chinese and English inputs, the
// bodies' original language, each release's page and its translation's editor. English and Simplified
// Chinese, merged into the catalogues.
export const bilingualWorkspaceEn = {
  'bilingual.fieldIn': '{field} ({language})',
  'bilingual.translationMissing': 'translation missing',
  'bilingual.fieldMissing': '{field}: translation missing',
  'bilingual.documentIn': '{document} ({language})',
  'bilingual.documentInOriginal': '{document} ({language}, original)',
  'bilingual.documentInTranslation': '{document} ({language}, translation)',
  'bilingual.releaseState': '{document}: {state}',
  'bilingual.isOriginal':
    'This is the original release; its {language} translation is drafted and reviewed on its own page.',
  'bilingual.isTranslation': 'This release is the {language} translation of the original.',
  'bilingual.openOther': 'Open the {language} release',
  'bilingual.original.title': 'The {language} original',
  'bilingual.original.published': 'As published: revision {number}.',
  'bilingual.original.approved': 'As approved, not yet published: revision {number}.',
  'bilingual.original.current': 'Its current draft, not yet approved: revision {number}.',
  'bilingual.original.none': 'The {language} original has no text yet.',
  'bilingual.original.paragraph': 'Paragraph {number}',
  'bilingual.stale.title': 'The original has changed since this translation',
  'bilingual.stale.since':
    'The {language} original was published again (revision {published}) after revision {from}, which this translation was made from. What changed in the original:',
  'bilingual.stale.unknown':
    'This translation does not say which revision of the {language} original it was made from; compare it with the original’s published text beside the editor.',
  'bilingual.stale.resolve':
    'Saving the translation records that it now follows the revision shown beside it.',
  'bilingual.publishWaits':
    'The {language} original is not published yet: this translation can be published only after it.',
  'bilingual.missing.hint':
    'Draft from records becomes available when these are filled in. Each link opens the form where the value is edited.',
  'bilingual.missing.bodyHint': 'An administrator edits the body’s names under Bodies.',
  'bilingual.decisionTitleHint':
    'The Chinese title without 《》: the release adds them. For a naming decision, the phrase after “decided to name”.',
  'bilingual.bodyNameHintZh':
    'As the Chinese release writes it before the session, e.g. “省政府” (省政府第25次常务会议).',
  'bilingual.meetingNameHintZh': 'e.g. “常务会议”.',
  'bilingual.bodyOption': '{meetingName} · {name} (original: {language})',
  'bodies.originalLanguage': 'Original language',
  'bodies.originalLanguageHint':
    'The language its releases are first written in; the other language’s release is the translation.',
  'bodies.originalTag': 'Original: {language}',
  'bodies.edit': 'Edit the names of {name}',
  'bodies.save': 'Save names',
  'bodies.updated': 'Names saved.',
  'bodies.originalNamesRequired': 'The names in the original language cannot be left empty.',
} as const;

export const bilingualWorkspaceZh: Record<keyof typeof bilingualWorkspaceEn, string> = {
  'bilingual.fieldIn': '{field}（{language}）',
  'bilingual.translationMissing': '缺译文',
  'bilingual.fieldMissing': '{field}：缺译文',
  'bilingual.documentIn': '{document}（{language}）',
  'bilingual.documentInOriginal': '{document}（{language}，原文）',
  'bilingual.documentInTranslation': '{document}（{language}，译文）',
  'bilingual.releaseState': '{document}：{state}',
  'bilingual.isOriginal': '本稿为原文；其{language}译文在单独的页面起草和审核。',
  'bilingual.isTranslation': '本稿为原文的{language}译文。',
  'bilingual.openOther': '打开{language}稿',
  'bilingual.original.title': '{language}原文',
  'bilingual.original.published': '已发布版本：第{number}版。',
  'bilingual.original.approved': '已批准、尚未发布：第{number}版。',
  'bilingual.original.current': '当前草稿，尚未批准：第{number}版。',
  'bilingual.original.none': '{language}原文尚无内容。',
  'bilingual.original.paragraph': '第{number}段',
  'bilingual.stale.title': '本译文之后原文已有改动',
  'bilingual.stale.since':
    '{language}原文在本译文所依据的第{from}版之后再次发布（第{published}版）。原文的改动如下：',
  'bilingual.stale.unknown': '本译文未注明依据的是{language}原文的哪一版；请与编辑器旁的原文已发布文本对照。',
  'bilingual.stale.resolve': '保存译文即记录其已依据旁边所示的原文版本。',
  'bilingual.publishWaits': '{language}原文尚未发布：本译文须在原文发布后才能发布。',
  'bilingual.missing.hint': '补全以下内容后即可“根据记录起草”。各链接打开编辑该项内容的表单。',
  'bilingual.missing.bodyHint': '机关名称由管理员在“机关”页面编辑。',
  'bilingual.decisionTitleHint': '中文标题不加《》，新闻稿会自动加上。命名类事项请填写“决定命名”之后的内容。',
  'bilingual.bodyNameHintZh': '按中文新闻稿在会次之前的写法，如“省政府”（省政府第25次常务会议）。',
  'bilingual.meetingNameHintZh': '如“常务会议”。',
  'bilingual.bodyOption': '{meetingName} · {name}（原文：{language}）',
  'bodies.originalLanguage': '原文语言',
  'bodies.originalLanguageHint': '其新闻稿首先使用的语言；另一种语言的新闻稿为译文。',
  'bodies.originalTag': '原文：{language}',
  'bodies.edit': '编辑“{name}”的名称',
  'bodies.save': '保存名称',
  'bodies.updated': '名称已保存。',
  'bodies.originalNamesRequired': '原文语言的名称不能为空。',
};
