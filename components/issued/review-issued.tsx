import { publishWithInterpretation } from '@/actions/publish-with-interpretation';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { IssuedPanel } from '@/data/issued-panel';
import type { Locale, Translate } from '@/messages';
import { CatalogueSummary } from './catalogue-summary';

type Props = {
  documentId: number;
  panel: IssuedPanel;
  /** Whether the actor may publish this document now (a leader, the text approved). */
  mayPublish: boolean;
  locale: Locale;
  t: Translate;
};

/**
 * On the review page of an issued document: the catalogue fields signed with the text, and for a policy
 * document the leader's offer to publish it with its interpretation in one step (or the warning that it
 * would go without one).
 */
export function ReviewIssued({ documentId, panel, mayPublish, locale, t }: Props) {
  const approved = panel.interpretations.filter((d) => d.workingState === 'approved');
  const pending = panel.interpretations.filter(
    (d) => d.workingState !== 'approved' && d.publicationState !== 'published',
  );
  const policy = panel.kind === 'policy_document';
  return (
    <section
      aria-labelledby="catalogue-review-heading"
      className="mb-6 rounded border border-line bg-surface p-4"
    >
      <h2 id="catalogue-review-heading" className="mb-3 text-lg font-semibold">
        {t('issued.catalogue.title')}
      </h2>
      <CatalogueSummary
        catalogue={panel.catalogue}
        indexNumber={panel.indexNumber}
        validity={panel.validity}
        categories={panel.categories}
        locale={locale}
        t={t}
      />
      {policy && mayPublish && (pending.length > 0 || panel.interpretations.length === 0) ? (
        <p role="status" className="mt-4 rounded border border-warning-line bg-warning-soft p-3 text-sm">
          {t(pending.length > 0 ? 'issued.warning.interpretationPending' : 'issued.warning.noInterpretation')}
        </p>
      ) : null}
      {policy && mayPublish && approved.length > 0 && pending.length === 0 ? (
        <ActionForm
          action={publishWithInterpretation}
          confirm={t('issued.publishTogetherConfirm')}
          className="mt-4"
        >
          <input type="hidden" name="documentId" value={documentId} />
          <SubmitButton pendingLabel={t('issued.publishingTogether')}>
            {t('issued.publishTogether')}
          </SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
