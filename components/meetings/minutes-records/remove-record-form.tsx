import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/actions/_shared/action-state';
import type { Translate } from '@/messages';

/** The Remove button of one minutes record, asking first, naming what it removes. */
export function RemoveRecordForm({
  action,
  name,
  meetingId,
  idField,
  id,
  t,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** What the record is called, in the confirmation and the form's name. */
  name: string;
  meetingId: number;
  /** The form field the action reads the record's id from. */
  idField: string;
  id: number;
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      confirm={t('common.confirmRemove', { title: name })}
      aria-label={`${t('common.remove')}: ${name}`}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name={idField} value={id} />
      <SubmitButton variant="danger" pendingLabel={t('common.removing')}>
        {t('common.remove')}
      </SubmitButton>
    </ActionForm>
  );
}
