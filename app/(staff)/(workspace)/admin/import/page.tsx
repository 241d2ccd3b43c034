import { redirect } from 'next/navigation';
import { ReleaseImport, type ReleaseImportLabels } from '@/components/admin/release-import';
import { can } from '@/domain/permissions';
import { DECISION_KINDS, DECISION_OUTCOMES } from '@/domain/vocabulary';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('import.title');

export default async function ImportReleasesPage() {
  const { actor, t } = await requireUser('/admin/import');
  // The actions refuse anyone but an administrator as well; the page is simply not offered to others.
  if (!can(actor, 'releases.import')) redirect('/meetings');
  const labels: ReleaseImportLabels = {
    formLabel: t('import.formLabel'),
    files: t('import.files'),
    filesHint: t('import.filesHint'),
    year: t('import.year'),
    yearHint: t('import.yearHint'),
    preview: t('import.preview'),
    previewing: t('import.previewing'),
    noFiles: t('import.noFiles'),
    previewTitle: t('import.previewTitle'),
    headline: t('import.field.headline'),
    body: t('import.field.body'),
    date: t('import.field.date'),
    number: t('import.field.number'),
    chair: t('import.field.chair'),
    chairTitle: t('import.field.chairTitle'),
    verb: t('import.field.verb'),
    purpose: t('import.field.purpose'),
    publishedOn: t('import.field.publishedOn'),
    decisions: t('import.field.decisions'),
    warnings: t('import.field.warnings'),
    paragraphs: t('import.field.paragraphs'),
    noDecisions: t('import.noDecisions'),
    willCreate: t('import.willCreate'),
    alreadyImported: t('import.alreadyImported'),
    import: t('import.import'),
    importing: t('import.importing'),
    resultsTitle: t('import.resultsTitle'),
    kinds: Object.fromEntries(DECISION_KINDS.map((k) => [k, t(`decisions.kind.${k}`)])),
    outcomes: Object.fromEntries(DECISION_OUTCOMES.map((o) => [o, t(`decisions.outcome.${o}`)])),
  };
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('import.title')}</h1>
      <p className="mb-6 max-w-3xl text-muted">{t('import.intro')}</p>
      <ReleaseImport labels={labels} />
    </>
  );
}
