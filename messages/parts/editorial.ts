// Message keys of editorial safety — recalling a text from review, the consistency check's warnings and
// overrides, the status after each step — English and Simplified Chinese (merged into the catalogues).
export const editorialEn = {
  'workflow.refused.recallFirst':
    'This text is in review or approved: recall it from review first to change it (the reviewers are told).',
  'notifications.kind.recalled': '{actor} recalled “{headline}” from review to change it.',
  'documents.recalled': 'Recalled from review. The text can be edited again; submit it when it is ready.',
} as const;

export const editorialZh: Record<keyof typeof editorialEn, string> = {
  'workflow.refused.recallFirst': '此稿正在审核或已批准：如需修改，请先撤回审核（审核人将收到通知）。',
  'notifications.kind.recalled': '{actor}撤回了“{headline}”的审核，以便修改。',
  'documents.recalled': '已撤回审核。现在可以再次编辑文本，完成后请重新提交。',
};
