import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import type { MeetingDetail } from '@/data/meetings';
import { pairOf } from '@/domain/shown-value';
import { MEETING_STATUSES, type ContentLanguage } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';
import { BilingualField } from './bilingual-field';

/**
 * A meeting's fields, for the new-meeting form and the edit form; what a release quotes (the chair, the
 * chair's title line, the purpose) in both languages, the body's original language first.
 */
export function MeetingFields({
  meeting,
  original,
  suggestedNumber,
  t,
}: {
  meeting?: MeetingDetail;
  original: ContentLanguage;
  suggestedNumber?: number;
  t: Translate;
}) {
  return (
    <>
      <TextField
        name="sessionNumber"
        type="number"
        label={t('meetings.field.sessionNumber')}
        hint={t('meetings.field.sessionNumberHint')}
        required
        defaultValue={meeting?.sessionNumber ?? suggestedNumber}
      />
      <TextField
        name="heldOn"
        type="date"
        label={t('meetings.field.heldOn')}
        required
        defaultValue={meeting?.heldOn}
      />
      <BilingualField
        name="chairName"
        label="meetings.field.chairName"
        original={original}
        values={meeting && pairOf(meeting, 'chairName')}
        t={t}
      />
      <BilingualField
        name="chairTitle"
        label="meetings.field.chairTitle"
        original={original}
        values={meeting && pairOf(meeting, 'chairTitle')}
        rows={2}
        t={t}
      />
      <TextField name="location" label={t('meetings.field.location')} defaultValue={meeting?.location} />
      <TextArea
        name="attendees"
        label={t('meetings.field.attendees')}
        rows={2}
        defaultValue={meeting?.attendees}
      />
      <BilingualField
        name="purpose"
        label="meetings.field.purpose"
        hint="meetings.field.purposeHint"
        original={original}
        values={meeting && pairOf(meeting, 'purpose')}
        rows={4}
        t={t}
      />
      <SelectField
        name="status"
        label={t('meetings.field.status')}
        defaultValue={meeting?.status ?? 'held'}
        options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}` as MessageKey) }))}
      />
    </>
  );
}
