import { translator, type Translate } from '@/messages';

/**
 * Beside "Approve" on the step that carries it: the confidentiality statement, in both languages whatever
 * the reader's, which the signer confirms (the server refuses the approval without it).
 */
export function ConfidentialityField({ t }: { t: Translate }) {
  return (
    <fieldset className="mb-4 rounded border border-warning-line bg-warning-soft p-3">
      <legend className="px-1 text-sm font-semibold">{t('confidentiality.legend')}</legend>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confidentiality" value="on" required className="mt-1" />
        <span>
          <span lang="zh" className="block">
            {translator('zh')('confidentiality.statement')}
          </span>
          <span lang="en" className="mt-1 block">
            {translator('en')('confidentiality.statement')}
          </span>
        </span>
      </label>
    </fieldset>
  );
}
