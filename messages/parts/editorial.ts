// Message keys of editorial safety — recalling a text from review, the consistency check's warnings and
// overrides, the status after each step — English and Simplified Chinese (merged into the catalogues).
export const editorialEn = {
  'workflow.refused.recallFirst':
    'This text is in review or approved: recall it from review first to change it (the reviewers are told).',
  'notifications.kind.recalled': '{actor} recalled “{headline}” from review to change it.',
  'documents.recalled': 'Recalled from review. The text can be edited again; submit it when it is ready.',
  'documents.part.headline': 'headline',
  'documents.part.body': 'text',
  'documents.mismatch.chair_name_in': 'The chair’s name “{expected}” is missing from the {where}.',
  'documents.mismatch.chair_name_near':
    '“{found}” in the {where} is close to the chair’s name “{expected}”: is it misspelt?',
  'documents.warnings': 'Please check',
  'review.overrideRequired':
    'The consistency check found {count} point(s) in this text. To approve it as it is, say why in “Reason for approving despite the check”; otherwise request changes.',
  'review.overrideReason': 'Reason for approving despite the check',
  'review.overrideHint': 'Kept with your approval and in the audit trail.',
  'nav.menu': 'Menu',
  'workflow.action.recall': 'Recalled from review',
  'documents.status.publishedStaysLive': '{state} · the published text stays live',
  'public.meetingHeld': 'Meeting held {date}',
  'documents.recall': 'Withdraw from review to edit',
  'documents.recalling': 'Withdrawing from review…',
  'documents.recallHint':
    'The text is locked while it is reviewed. To change it, take it back: the approvals given so far lapse, and whoever has it waiting is told.',
  'documents.confirmRecall':
    'Take this text back from review to edit it? The approvals given so far lapse and it must be submitted again.',
} as const;

export const editorialZh: Record<keyof typeof editorialEn, string> = {
  'workflow.refused.recallFirst': '此稿正在审核或已批准：如需修改，请先撤回审核（审核人将收到通知）。',
  'notifications.kind.recalled': '{actor}撤回了“{headline}”的审核，以便修改。',
  'documents.recalled': '已撤回审核。现在可以再次编辑文本，完成后请重新提交。',
  'documents.part.headline': '标题',
  'documents.part.body': '正文',
  'documents.mismatch.chair_name_in': '{where}中缺少主持人姓名“{expected}”。',
  'documents.mismatch.chair_name_near': '{where}中的“{found}”与主持人姓名“{expected}”相近，是否有误？',
  'documents.warnings': '请核对',
  'review.overrideRequired':
    '一致性检查在此稿中发现{count}处问题。如仍按原文批准，请在“不按检查结果修改即批准的理由”中说明；否则请退回修改。',
  'review.overrideReason': '不按检查结果修改即批准的理由',
  'review.overrideHint': '该理由将随批准一并保存，并记入审计日志。',
  'nav.menu': '菜单',
  'workflow.action.recall': '撤回审核',
  'documents.status.publishedStaysLive': '{state} · 已发布的版本仍在线',
  'public.meetingHeld': '会议召开：{date}',
  'documents.recall': '撤回审核以便修改',
  'documents.recalling': '正在撤回审核…',
  'documents.recallHint':
    '审核期间文本处于锁定状态。如需修改，请先撤回：已有的批准随之失效，待办此稿的审核人将收到通知。',
  'documents.confirmRecall': '确定撤回此稿的审核以便修改吗？已有的批准将失效，修改后须重新提交。',
};
