import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import type { MeetingDetail } from '@/data/meetings';
import { MEETING_STATUSES } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

/** A meeting's fields, for the new-meeting form and the edit form. */
export function MeetingFields({
  meeting,
  suggestedNumber,
  t,
}: {
  meeting?: MeetingDetail;
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
      <TextField
        name="chairName"
        label={t('meetings.field.chairName')}
        required
        defaultValue={meeting?.chairName}
      />
      <TextArea
        name="chairTitle"
        label={t('meetings.field.chairTitle')}
        rows={2}
        defaultValue={meeting?.chairTitle}
      />
      <TextField name="location" label={t('meetings.field.location')} defaultValue={meeting?.location} />
      <TextArea
        name="attendees"
        label={t('meetings.field.attendees')}
        rows={2}
        defaultValue={meeting?.attendees}
      />
      <TextArea
        name="purpose"
        label={t('meetings.field.purpose')}
        hint={t('meetings.field.purposeHint')}
        rows={4}
        defaultValue={meeting?.purpose}
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
