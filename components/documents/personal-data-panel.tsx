import { maskPersonalData } from '@/actions/mask-personal-data';
import { overridePersonalData } from '@/actions/override-personal-data';
import { ActionForm } from '@/components/ui/action-form';
import { TextArea } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { PersonalDataReview } from '@/data/personal-data-review';
import type { ReviewedFinding } from '@/data/personal-data-scan';
import { maskedValue } from '@/domain/personal-data';
import { findingToken } from '@/domain/publication-scan-inputs';
import type { Translate } from '@/messages';

function placeOf(f: ReviewedFinding, t: Translate): string {
  const at = { line: f.line, column: f.column };
  if (f.part === 'headline') return t('privacy.place.headline', at);
  if (f.part === 'body') return t('privacy.place.body', at);
  return t('privacy.place.attachment', { ...at, name: f.part.slice('attachment:'.length) });
}

/**
 * The personal-data scan of the current revision of a document that can go public: each finding in its
 * context, with its place and its standard mask; "Mask" for those who may edit the text, and a leader's
 * "Publish as it stands" with a reason. Publication is refused while any finding is left unresolved.
 */
export function PersonalDataPanel({
  review,
  canEdit,
  language,
  t,
}: {
  review: PersonalDataReview;
  /** Whether the actor may save the text now (masking saves a revision). */
  canEdit: boolean;
  /** The language of the text, marked on the quoted context. */
  language: string;
  t: Translate;
}) {
  const { findings, notScanned } = review;
  if (findings.length === 0 && notScanned.length === 0) {
    return (
      <p
        data-testid="personal-data"
        className="rounded border border-success-line bg-success-soft p-3 text-sm text-success"
      >
        {t('privacy.clean')}
      </p>
    );
  }
  const inText = findings.some((f) => !f.override && (f.part === 'headline' || f.part === 'body'));
  return (
    <section
      aria-labelledby="personal-data-heading"
      data-testid="personal-data"
      className="rounded border border-danger-line bg-danger-soft p-4"
    >
      <h2 id="personal-data-heading" className="font-semibold">
        {t('privacy.title')}
      </h2>
      {findings.length > 0 ? <p className="mt-1 text-sm text-ink">{t('privacy.intro')}</p> : null}
      {review.unresolved > 0 ? (
        <p className="mt-1 text-sm font-medium text-danger">
          {t('privacy.unresolved', { count: review.unresolved })}
        </p>
      ) : null}
      <ul className="mt-3 space-y-3">
        {findings.map((f) => {
          const kind = t(`personalData.kind.${f.kind}`);
          const place = placeOf(f, t);
          const token = findingToken(f);
          return (
            <li key={token} className="rounded border border-line bg-surface p-3 text-sm">
              <p className="font-medium">
                {kind} <span className="font-normal text-muted">· {place}</span>
              </p>
              <p className="mt-1 break-all font-mono" lang={language}>
                {f.before ? `…${f.before}` : ''}
                <mark className="bg-warning-soft">{f.value}</mark>
                {f.after ? `${f.after}…` : ''}
              </p>
              <p className="mt-1 text-muted">
                {t('privacy.maskedAs', { masked: maskedValue(f.kind, f.value) })}
              </p>
              {f.override ? (
                <p className="mt-2 text-ink">
                  {t('privacy.overriddenBy', { name: f.override.userName ?? '—', reason: f.override.reason })}
                </p>
              ) : (
                <div className="mt-2 flex flex-wrap items-start gap-4">
                  {canEdit && (f.part === 'headline' || f.part === 'body') ? (
                    <ActionForm
                      action={maskPersonalData}
                      aria-label={t('privacy.maskNamed', { kind, place })}
                    >
                      <input type="hidden" name="documentId" value={review.documentId} />
                      <input type="hidden" name="revisionId" value={review.revisionId} />
                      <input type="hidden" name="finding" value={token} />
                      <SubmitButton variant="secondary" pendingLabel={t('privacy.masking')}>
                        {t('privacy.mask')}
                      </SubmitButton>
                    </ActionForm>
                  ) : null}
                  {review.mayOverride ? (
                    <ActionForm
                      action={overridePersonalData}
                      aria-label={`${t('privacy.override')}: ${kind}, ${place}`}
                      className="min-w-64 flex-1"
                    >
                      <input type="hidden" name="documentId" value={review.documentId} />
                      <input type="hidden" name="revisionId" value={review.revisionId} />
                      <input type="hidden" name="finding" value={token} />
                      <TextArea name="reason" label={t('privacy.overrideReason')} rows={2} required />
                      <SubmitButton variant="danger" pendingLabel={t('privacy.overriding')}>
                        {t('privacy.override')}
                      </SubmitButton>
                    </ActionForm>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {notScanned.length > 0 ? (
        <p className="mt-3 text-sm text-ink">{t('privacy.notScanned', { names: notScanned.join(', ') })}</p>
      ) : null}
      {canEdit && inText ? (
        <ActionForm action={maskPersonalData} aria-label={t('privacy.maskAll')} className="mt-3">
          <input type="hidden" name="documentId" value={review.documentId} />
          <input type="hidden" name="revisionId" value={review.revisionId} />
          <input type="hidden" name="finding" value="all" />
          <SubmitButton pendingLabel={t('privacy.masking')}>{t('privacy.maskAll')}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
