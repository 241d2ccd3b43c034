import { answerExtension } from '@/actions/answer-extension';
import { cancelFollowUpItem } from '@/actions/cancel-follow-up-item';
import { confirmCompletion } from '@/actions/confirm-completion';
import { fileProgressReport } from '@/actions/file-progress-report';
import { requestExtension } from '@/actions/request-extension';
import { updateFollowUpSettings } from '@/actions/update-follow-up-settings';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FollowUpItemDto } from '@/data/follow-up';
import { REPORT_CYCLES } from '@/domain/follow-up';
import type { Translate } from '@/messages';

const panel = 'mb-6 rounded border border-line bg-surface p-4';

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={panel}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What the reader may do on the item: a unit reports and asks for time; the secretariat answers and closes. */
export function ItemForms({ item, t }: { item: FollowUpItemDto; t: Translate }) {
  const hidden = <input type="hidden" name="itemId" value={item.id} />;
  return (
    <>
      {item.may.report ? (
        <Panel id="report-heading" title={t('followUp.report.heading')}>
          <ActionForm action={fileProgressReport} aria-label={t('followUp.report.heading')}>
            {hidden}
            <TextArea name="text" label={t('followUp.report.text')} required />
            <div className="grid gap-x-4 md:grid-cols-2">
              <TextField name="percent" type="number" label={t('followUp.report.percent')} />
              <TextField name="milestone" label={t('followUp.report.milestone')} />
            </div>
            <CheckboxGroup
              name="complete"
              legend={t('followUp.confirm.heading')}
              options={[{ value: 'on', label: t('followUp.report.complete') }]}
            />
            <p className="mb-3 text-sm text-muted">{t('followUp.report.attachmentsLater')}</p>
            <SubmitButton pendingLabel={t('followUp.report.submitting')}>
              {t('followUp.report.submit')}
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
      {item.may.requestExtension ? (
        <Panel id="extension-heading" title={t('followUp.extension.heading')}>
          <ActionForm action={requestExtension} aria-label={t('followUp.extension.heading')}>
            {hidden}
            <TextField name="deadline" type="date" label={t('followUp.extension.deadline')} required />
            <TextArea name="reason" label={t('followUp.extension.reason')} required rows={3} />
            <SubmitButton pendingLabel={t('followUp.extension.submitting')}>
              {t('followUp.extension.submit')}
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
      {item.may.decideExtension ? (
        <Panel id="decide-heading" title={t('followUp.decide.heading')}>
          <ActionForm action={answerExtension} aria-label={t('followUp.decide.heading')}>
            {hidden}
            <TextArea name="comment" label={t('followUp.decide.comment')} rows={2} />
            <div className="flex flex-wrap gap-3">
              <SubmitButton name="answer" value="accept" pendingLabel={t('followUp.decide.saving')}>
                {t('followUp.decide.accept')}
              </SubmitButton>
              <SubmitButton
                name="answer"
                value="refuse"
                variant="danger"
                pendingLabel={t('followUp.decide.saving')}
              >
                {t('followUp.decide.refuse')}
              </SubmitButton>
            </div>
          </ActionForm>
        </Panel>
      ) : null}
      {item.may.confirmCompletion ? (
        <Panel id="confirm-heading" title={t('followUp.confirm.heading')}>
          <ActionForm
            action={confirmCompletion}
            confirm={t('followUp.confirm.question')}
            aria-label={t('followUp.confirm.heading')}
          >
            {hidden}
            <TextArea name="comment" label={t('followUp.confirm.comment')} rows={2} />
            <SubmitButton pendingLabel={t('followUp.decide.saving')}>
              {t('followUp.confirm.submit')}
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
      {item.may.manage ? (
        <Panel id="settings-heading" title={t('followUp.settings.heading')}>
          <ActionForm action={updateFollowUpSettings} aria-label={t('followUp.settings.heading')}>
            {hidden}
            <div className="grid gap-x-4 md:grid-cols-2">
              <TextField
                name="responsibleLeader"
                label={t('followUp.item.leader')}
                defaultValue={item.responsibleLeader}
              />
              <SelectField
                name="reportCycle"
                label={t('followUp.item.cycle')}
                defaultValue={item.reportCycle}
                options={REPORT_CYCLES.map((c) => ({ value: c, label: t(`followUp.cycle.${c}`) }))}
              />
            </div>
            <CheckboxGroup
              name="disclosed"
              legend={t('followUp.item.disclosed')}
              options={[{ value: 'on', label: t('followUp.item.yes') }]}
              defaultChecked={item.disclosed ? ['on'] : []}
            />
            <SubmitButton variant="secondary" pendingLabel={t('followUp.decide.saving')}>
              {t('followUp.settings.save')}
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
      {item.may.cancel ? (
        <Panel id="cancel-heading" title={t('followUp.cancel.heading')}>
          <ActionForm
            action={cancelFollowUpItem}
            confirm={t('followUp.cancel.question')}
            aria-label={t('followUp.cancel.heading')}
          >
            {hidden}
            <TextArea name="reason" label={t('followUp.cancel.reason')} required rows={2} />
            <SubmitButton variant="danger" pendingLabel={t('followUp.decide.saving')}>
              {t('followUp.cancel.submit')}
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
    </>
  );
}
