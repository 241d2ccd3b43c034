import { roleLabel } from '@/components/workspace/labels';
import type { ChainStep } from '@/data/confidentiality';
import { formatDateTime } from '@/domain/format';
import type { Locale, Translate } from '@/messages';

/**
 * The review chain of the current cycle: each step, who signs it and who signed it; the step carrying the
 * confidentiality statement is named "confidentiality review", with whether its signer confirmed it.
 */
export function ReviewChainSteps({
  steps,
  t,
  locale,
  timeZone,
}: {
  steps: ChainStep[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="chain-heading" className="mb-4 rounded border border-line bg-surface p-4">
      <h2 id="chain-heading" className="mb-2 font-semibold">
        {t('confidentiality.chainTitle')}
      </h2>
      <ol className="space-y-1 text-sm" data-testid="review-chain">
        {steps.map((s) => (
          <li key={s.step}>
            <span className="font-medium">
              {t(s.carriesStatement ? 'confidentiality.stepNamed' : 'confidentiality.step', {
                step: s.step,
                role: roleLabel(t, s.role),
              })}
            </span>
            {' — '}
            {s.signed
              ? t(s.signed.confirmed ? 'confidentiality.signedConfirmed' : 'confidentiality.signed', {
                  name: s.signed.name ?? '—',
                  time: formatDateTime(s.signed.at, locale, timeZone),
                })
              : t('confidentiality.notSigned')}
          </li>
        ))}
      </ol>
    </section>
  );
}
