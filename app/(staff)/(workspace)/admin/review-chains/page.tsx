import { redirect } from 'next/navigation';
import { setConfidentialityRule } from '@/actions/set-confidentiality-rule';
import { setReviewChain } from '@/actions/set-review-chain';
import { roleLabel } from '@/components/workspace/labels';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listConfidentialityRules } from '@/data/confidentiality';
import { listReviewChains } from '@/data/review-chains';
import { can } from '@/domain/permissions';
import { CONTENT_LANGUAGES, DOCUMENT_KINDS, ROLES } from '@/domain/vocabulary';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('chains.title');

export default async function ReviewChainsPage() {
  const { actor, t } = await requireUser('/admin/review-chains');
  // The chains are no secret; changing them is refused to non-admins by the data layer as well.
  if (!can(actor, 'reviewChains.set')) redirect('/meetings');
  const chains = listReviewChains();
  const rules = listConfidentialityRules();
  const options = [
    { value: '', label: t('chains.noStep') },
    ...ROLES.filter((r) => r !== 'admin').map((r) => ({ value: r, label: roleLabel(t, r) })),
  ];
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('chains.title')}</h1>
      <p className="mb-6 text-muted">{t('chains.intro')}</p>
      {CONTENT_LANGUAGES.map((language) => {
        const languageName = t(`language.${language}`);
        return (
          <section key={language} className="mb-8" aria-labelledby={`chains-${language}`}>
            <h2 id={`chains-${language}`} className="mb-3 text-xl font-semibold">
              {t('chains.languageSection', { language: languageName })}
            </h2>
            <div className="grid gap-6 md:grid-cols-3">
              {DOCUMENT_KINDS.map((kind) => {
                const kindName = t(`documents.kind.${kind}` as MessageKey);
                return (
                  <ActionForm
                    key={kind}
                    action={setReviewChain}
                    className="rounded border border-line bg-surface p-4"
                    aria-label={t('chains.formLabel', { kind: kindName, language: languageName })}
                  >
                    <h3 className="mb-3 font-semibold">{kindName}</h3>
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="language" value={language} />
                    {[1, 2, 3].map((step) => (
                      <SelectField
                        key={step}
                        name={`step${step}`}
                        label={t('chains.step', { step })}
                        defaultValue={chains[language][kind][step - 1] ?? ''}
                        options={options}
                      />
                    ))}
                    <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
                  </ActionForm>
                );
              })}
            </div>
          </section>
        );
      })}
      <section className="mb-8" aria-labelledby="confidentiality-rules">
        <h2 id="confidentiality-rules" className="mb-2 text-xl font-semibold">
          {t('confidentiality.rulesTitle')}
        </h2>
        <p className="mb-3 text-muted">{t('confidentiality.rulesIntro')}</p>
        <div className="grid gap-6 md:grid-cols-3">
          {DOCUMENT_KINDS.map((kind) => {
            const kindName = t(`documents.kind.${kind}` as MessageKey);
            return (
              <ActionForm
                key={kind}
                action={setConfidentialityRule}
                className="rounded border border-line bg-surface p-4"
                aria-label={t('confidentiality.formLabel', { kind: kindName })}
              >
                <h3 className="mb-3 font-semibold">{kindName}</h3>
                <input type="hidden" name="kind" value={kind} />
                <CheckboxGroup
                  name="required"
                  legend={t('confidentiality.rulesTitle')}
                  options={[{ value: 'on', label: t('confidentiality.required') }]}
                  defaultChecked={rules[kind].required ? ['on'] : []}
                />
                <SelectField
                  name="step"
                  label={t('confidentiality.carriedBy')}
                  defaultValue={String(rules[kind].step)}
                  options={[1, 2, 3].map((step) => ({
                    value: String(step),
                    label: t('chains.step', { step }),
                  }))}
                />
                <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
              </ActionForm>
            );
          })}
        </div>
      </section>
    </>
  );
}
