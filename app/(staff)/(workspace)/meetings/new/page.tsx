import { createMeeting } from '@/actions/create-meeting';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listBodies, suggestSessionNumber } from '@/data/meetings';
import { MEETING_STATUSES } from '@/domain/vocabulary';
import { requireUser } from '@/lib/session';
import type { MessageKey } from '@/messages';

export default async function NewMeetingPage() {
  const { actor, t } = await requireUser('/meetings/new');
  const bodies = listBodies(actor);
  const firstBody = bodies[0];
  if (!firstBody) {
    return (
      <>
        <h1 className="mb-6 text-2xl font-semibold">{t('meetings.new')}</h1>
        <p className="rounded border border-amber-300 bg-amber-50 p-4">{t('meetings.noBodies')}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('meetings.new')}</h1>
      <ActionForm action={createMeeting} className="max-w-2xl rounded border border-slate-300 bg-white p-6">
        <SelectField
          name="bodyId"
          label={t('meetings.field.body')}
          required
          defaultValue={String(firstBody.id)}
          options={bodies.map((b) => ({ value: String(b.id), label: `${b.meetingName} · ${b.name}` }))}
        />
        <TextField
          name="sessionNumber"
          type="number"
          label={t('meetings.field.sessionNumber')}
          hint={t('meetings.field.sessionNumberHint')}
          required
          defaultValue={suggestSessionNumber(actor, firstBody.id)}
        />
        <TextField name="heldOn" type="date" label={t('meetings.field.heldOn')} required />
        <TextField name="chairName" label={t('meetings.field.chairName')} required />
        <TextArea name="chairTitle" label={t('meetings.field.chairTitle')} rows={2} />
        <TextField name="location" label={t('meetings.field.location')} />
        <TextArea name="attendees" label={t('meetings.field.attendees')} rows={2} />
        <TextArea
          name="purpose"
          label={t('meetings.field.purpose')}
          hint={t('meetings.field.purposeHint')}
          rows={4}
        />
        <SelectField
          name="status"
          label={t('meetings.field.status')}
          defaultValue="held"
          options={MEETING_STATUSES.map((s) => ({
            value: s,
            label: t(`meetings.status.${s}` as MessageKey),
          }))}
        />
        <SubmitButton pendingLabel={t('meetings.creating')}>{t('meetings.create')}</SubmitButton>
      </ActionForm>
    </>
  );
}
