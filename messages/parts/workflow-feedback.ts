// Message keys of the feedback after each workflow step (the status shown once the page has redrawn), the
// question before submitting unsaved text, and the editor's preview switch: English and Simplified Chinese
// (merged into the catalogues).
export const workflowFeedbackEn = {
  'feedback.submit':
    'Submitted for review. It is now at step {step} of {steps}, waiting for the {role} who signs it, who has been notified. You will be notified when it is approved or returned with comments.',
  'feedback.approveNext':
    'Step approved. It now goes to step {step} of {steps}, for the {role} who signs it, who has been notified.',
  'feedback.approveFinal':
    'Approved: every review step is signed and the authors have been notified. A leader can now publish it or schedule its publication.',
  'feedback.requestChanges':
    'Returned to the authors with your comment. It is a draft again; they have been notified and will submit it again once it is changed.',
  'feedback.publish': 'Published. The authors have been notified.',
  'feedback.publishInternal': 'Issued: every signed-in user can now read it. The authors have been notified.',
  'feedback.publicLink': 'Read it on the public site',
  'feedback.schedule':
    'Scheduled: it will be published at {time}, in your name. Until then it can be taken off the schedule.',
  'feedback.unschedule':
    'Taken off the schedule. It stays approved: publish it now or schedule another time.',
  'feedback.withdraw':
    'Withdrawn. Its public page now says that it was withdrawn; to publish it again, it must go through review once more.',
  'feedback.recall':
    'Recalled from review: the text can be edited again. The approvals given before have lapsed; submit it again when it is ready.',
  'documents.submitRevisionChanged':
    'A newer revision of this text was saved just now, so nothing was submitted. Reload the page, read the newest revision and submit again.',
  'documents.savedNotSubmitted': 'Saved as revision {number}, but not submitted: {reason}',
  'documents.unsavedTitle': 'Submit with unsaved changes?',
  'documents.unsavedBody':
    'The editor holds changes that are not saved. Only a saved revision can be submitted for review: save your changes and submit them, or discard them and submit the text as last saved.',
  'documents.saveAndSubmit': 'Save and submit',
  'documents.savingAndSubmitting': 'Saving and submitting…',
  'documents.discardAndSubmit': 'Discard changes and submit',
  'documents.besideText': 'Shown beside the text',
  'documents.showOriginal': 'Original',
  'documents.diffPublishedText': 'This is the text as published: no newer revision has been made since.',
  'documents.diffNothingEarlier':
    'There is no earlier published or approved revision to compare this one with.',
} as const;

export const workflowFeedbackZh: Record<keyof typeof workflowFeedbackEn, string> = {
  'feedback.submit':
    '已提交审核。目前处于第{step}步（共{steps}步），等待{role}审签，对方已收到通知。审核通过或退回修改时，您会收到通知。',
  'feedback.approveNext': '本步已批准。稿件转入第{step}步（共{steps}步），由{role}审签，对方已收到通知。',
  'feedback.approveFinal': '审核通过：各审核步骤均已签批，作者已收到通知。领导现在可以立即发布或定时发布。',
  'feedback.requestChanges': '已连同您的意见退回作者。稿件恢复为草稿；作者已收到通知，修改后将重新提交。',
  'feedback.publish': '已发布。作者已收到通知。',
  'feedback.publishInternal': '已印发：所有登录用户现在都可以阅读。作者已收到通知。',
  'feedback.publicLink': '在公开网站上阅读',
  'feedback.schedule': '已设定定时发布：将于{time}以您的名义发布。在此之前，可以取消定时。',
  'feedback.unschedule': '已取消定时发布。稿件仍为审核通过状态：可以立即发布或另定时间。',
  'feedback.withdraw': '已撤下。公开页面现在显示该稿已撤下；如需再次发布，须重新经过审核。',
  'feedback.recall': '已撤回审核，现在可以再次编辑文本。此前的批准已失效；完成后请重新提交。',
  'documents.submitRevisionChanged':
    '此稿刚刚保存了更新的版本，因此没有提交。请刷新页面，阅读最新版本后再提交。',
  'documents.savedNotSubmitted': '已保存为第{number}版，但未提交：{reason}',
  'documents.unsavedTitle': '有未保存的修改，仍要提交吗？',
  'documents.unsavedBody':
    '编辑器中有尚未保存的修改。只有已保存的版本才能提交审核：可以保存修改后提交，也可以放弃修改，提交上次保存的文本。',
  'documents.saveAndSubmit': '保存并提交',
  'documents.savingAndSubmitting': '正在保存并提交…',
  'documents.discardAndSubmit': '放弃修改并提交',
  'documents.besideText': '在正文旁显示',
  'documents.showOriginal': '原文',
  'documents.diffPublishedText': '这是已发布的文本，此后没有新的版本。',
  'documents.diffNothingEarlier': '没有更早的已发布或已批准版本可供比较。',
};
