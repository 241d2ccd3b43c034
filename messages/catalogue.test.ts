import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '@/db/schema';
import { WORKFLOW_ACTIONS } from '@/domain/workflow';
import { CONTENT_LANGUAGES } from '@/domain/vocabulary';
import { PERSONAL_DATA_KINDS } from '@/domain/personal-data';
import { isMessageKey } from '.';

// Codes the pages turn into message keys at run time: a code without its message would break the page
// that shows it (the history of a document, a notification), so each must have one.
describe('the message catalogue', () => {
  it('names every workflow action, notification kind, content language and kind of personal data', () => {
    const keys = [
      ...WORKFLOW_ACTIONS.map((a) => `workflow.action.${a}`),
      ...NOTIFICATION_KINDS.map((k) => `notifications.kind.${k}`),
      ...CONTENT_LANGUAGES.map((l) => `language.${l}`),
      ...PERSONAL_DATA_KINDS.map((k) => `personalData.kind.${k}`),
    ];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});
