import type { ReactNode } from 'react';
import type { ActionState } from '@/actions/_shared/action-state';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Translate } from '@/messages';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  meetingId: number;
  id: number;
  idField: string;
  title: string;
  first: boolean;
  last: boolean;
  move: Action;
  remove: Action;
  edit: Action;
  /** Opened by a link to this record's form (from what a release still lacks). */
  editOpen?: boolean;
  editFields: ReactNode;
  t: Translate;
};

/** Move up / move down (buttons, so the order can be changed from the keyboard), edit and remove. */
export function RecordRowActions({
  meetingId,
  id,
  idField,
  title,
  first,
  last,
  move,
  remove,
  edit,
  editOpen,
  editFields,
  t,
}: Props) {
  const hidden = (
    <>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="id" value={id} />
    </>
  );
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2">
      {!first ? (
        <ActionForm action={move} aria-label={t('common.moveUpItem', { title })}>
          {hidden}
          <input type="hidden" name="direction" value="up" />
          <SubmitButton variant="secondary" pendingLabel="…">
            <span aria-hidden="true" className="me-1.5">
              ↑
            </span>
            {t('common.moveUp')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {!last ? (
        <ActionForm action={move} aria-label={t('common.moveDownItem', { title })}>
          {hidden}
          <input type="hidden" name="direction" value="down" />
          <SubmitButton variant="secondary" pendingLabel="…">
            <span aria-hidden="true" className="me-1.5">
              ↓
            </span>
            {t('common.moveDown')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      <ActionForm
        action={remove}
        confirm={t('common.confirmRemove', { title })}
        aria-label={`${t('common.remove')}: ${title}`}
      >
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name={idField} value={id} />
        <SubmitButton variant="danger" pendingLabel={t('common.removing')}>
          {t('common.remove')}
        </SubmitButton>
      </ActionForm>
      <details className="w-full" open={editOpen}>
        <summary className="cursor-pointer text-sm text-link underline">
          {t('common.editItem', { title })}
        </summary>
        <ActionForm action={edit} className="mt-3" aria-label={t('common.editItem', { title })}>
          {hidden}
          {editFields}
          <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
        </ActionForm>
      </details>
    </div>
  );
}
