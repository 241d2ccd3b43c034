import Link from 'next/link';
import { createInterpretation } from '@/actions/create-interpretation';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { IssuedPanel as Panel, LinkedDocument } from '@/data/issued-panel';
import { documentPath } from '@/domain/document-address';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import { localePath } from '@/web/public-locale';
import type { Locale, MessageKey, Translate } from '@/messages';
import { CatalogueForm } from './catalogue-form';
import { CatalogueSummary } from './catalogue-summary';

type Props = {
  documentId: number;
  baseRevisionId: number | null;
  panel: Panel;
  locale: Locale;
  t: Translate;
  /** Files attached to the revision, when that part is present: rendered under the catalogue fields. */
  attachments?: React.ReactNode;
};

const linkLabel = (t: Translate, d: LinkedDocument) =>
  t('issued.open', {
    kind: t(`documents.kind.${d.kind}` as MessageKey),
    language: t(`language.${d.language}`),
  });

/**
 * What an issued document's workspace page shows above the editor: the decision that adopted it, its
 * policy or interpretation and its other language, its public page once published, and its catalogue
 * fields (a form while it is in draft).
 */
export function IssuedPanel({ documentId, baseRevisionId, panel, locale, t, attachments }: Props) {
  const links = [
    ...(panel.policy ? [panel.policy] : []),
    ...panel.interpretations,
    ...(panel.counterpart ? [panel.counterpart] : []),
  ];
  return (
    <section aria-labelledby="issued-heading" className="mb-6 space-y-4">
      {panel.decisionTitle ? (
        <p className="text-sm text-muted">{t('issued.decision', { title: panel.decisionTitle })}</p>
      ) : null}
      <ul className="flex flex-wrap gap-4 text-sm">
        {links.map((d) => (
          <li key={d.id}>
            <Link href={issuedDocumentPath(d.id)} className="text-link underline">
              {linkLabel(t, d)}
            </Link>
          </li>
        ))}
        {panel.publicAddress ? (
          <li>
            <Link
              href={localePath(panel.language, documentPath(panel.publicAddress))}
              className="text-link underline"
            >
              {t('issued.publicPage')}
            </Link>
          </li>
        ) : null}
      </ul>
      {panel.may.createInterpretation && panel.interpretations.length === 0 ? (
        <ActionForm action={createInterpretation}>
          <input type="hidden" name="meetingId" value={panel.meetingId} />
          <input type="hidden" name="decisionId" value={panel.decisionId ?? ''} />
          <SubmitButton variant="secondary" pendingLabel={t('issued.writingInterpretation')}>
            {t('issued.writeInterpretation')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      <div className="rounded border border-line bg-surface p-4">
        <h2 id="issued-heading" className="mb-1 text-lg font-semibold">
          {t('issued.catalogue.title')}
        </h2>
        <p className="mb-4 text-sm text-muted">
          {t(panel.may.editCatalogue ? 'issued.catalogue.intro' : 'issued.catalogue.readOnly')}
        </p>
        {panel.may.editCatalogue ? (
          <CatalogueForm
            documentId={documentId}
            baseRevisionId={baseRevisionId}
            panel={panel}
            locale={locale}
            t={t}
          />
        ) : (
          <CatalogueSummary
            catalogue={panel.catalogue}
            indexNumber={panel.indexNumber}
            validity={panel.validity}
            categories={panel.categories}
            locale={locale}
            t={t}
          />
        )}
        {attachments}
      </div>
    </section>
  );
}
