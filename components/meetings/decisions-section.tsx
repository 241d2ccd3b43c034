import { addDecision } from '@/actions/add-decision';
import { moveDecision } from '@/actions/move-decision';
import { removeDecision } from '@/actions/remove-decision';
import { updateDecision } from '@/actions/update-decision';
import { AddRecordPanel } from './add-record-panel';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AgendaItemDto, DecisionDto } from '@/data/meetings';
import { decisionAnchor } from '@/domain/record-edit-target';
import { pairOf } from '@/domain/shown-value';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { ReactNode } from 'react';
import type { Locale, MessageKey, Translate } from '@/messages';
import { LocalizedValue, localizedText } from './localized-value';
import { DecisionFields } from './record-fields';
import { RecordRowActions } from './record-row-actions';

type Props = {
  meetingId: number;
  decisions: DecisionDto[];
  agendaItems: AgendaItemDto[];
  editable: boolean;
  /** The body's original language, whose inputs come first. */
  original: ContentLanguage;
  /** The decision whose edit form is open (a link from the list of what a release still lacks). */
  editing?: number;
  /** What each decision shows of the documents issued from it (with "Issue as a document"). */
  issued?: (decisionId: number) => ReactNode;
  locale: Locale;
  t: Translate;
  /** What a decision holds besides its fields (a list's entries), shown under it. */
  below?: (decision: DecisionDto) => ReactNode;
};

export function DecisionsSection({
  meetingId,
  decisions,
  agendaItems,
  editable,
  original,
  editing,
  issued,
  locale,
  t,
  below,
}: Props) {
  const fields = (decision?: DecisionDto) => (
    <DecisionFields decision={decision} agendaItems={agendaItems} original={original} locale={locale} t={t} />
  );
  return (
    <section aria-labelledby="decisions-heading" className="mb-10">
      <h2 id="decisions-heading" className="mb-3 text-xl font-semibold">
        {t('decisions.title')}
      </h2>
      {decisions.length === 0 ? (
        <p className="text-muted">{t('decisions.empty')}</p>
      ) : (
        <ol className="list-decimal space-y-3 pl-6">
          {decisions.map((d, i) => (
            <li
              key={d.id}
              id={decisionAnchor(d.id)}
              className="rounded border border-line-subtle bg-surface p-3"
            >
              <p className="font-medium">
                <LocalizedValue values={pairOf(d, 'title')} locale={locale} t={t} />
              </p>
              <p className="text-sm text-muted">
                {t(`decisions.kind.${d.kind}` as MessageKey)} ·{' '}
                {t(`decisions.outcome.${d.outcome}` as MessageKey)}
              </p>
              {issued?.(d.id)}
              {editable ? (
                <RecordRowActions
                  meetingId={meetingId}
                  id={d.id}
                  idField="decisionId"
                  title={localizedText(pairOf(d, 'title'), locale)}
                  first={i === 0}
                  last={i === decisions.length - 1}
                  move={moveDecision}
                  remove={removeDecision}
                  edit={updateDecision}
                  editOpen={editing === d.id}
                  editFields={fields(d)}
                  t={t}
                />
              ) : null}
              {below?.(d)}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <AddRecordPanel label={t('decisions.add')} added={t('records.decisionAdded')} action={addDecision}>
          <input type="hidden" name="meetingId" value={meetingId} />
          {fields()}
          <SubmitButton pendingLabel={t('common.adding')}>{t('decisions.add')}</SubmitButton>
        </AddRecordPanel>
      ) : null}
    </section>
  );
}
