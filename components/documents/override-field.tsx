import { TextArea } from '@/components/ui/fields';
import type { Mismatch } from '@/domain/release-consistency';
import type { Translate } from '@/messages';

/**
 * Beside "Approve" when the consistency check finds fault with the text (its findings are shown above): the
 * approver's reason for signing it as it is, which the server requires and keeps with the approval.
 */
export function OverrideField({ findings, t }: { findings: Mismatch[]; t: Translate }) {
  if (findings.length === 0) return null;
  return (
    <TextArea
      name="overrideReason"
      label={t('review.overrideReason')}
      hint={t('review.overrideHint')}
      rows={2}
      required
    />
  );
}
