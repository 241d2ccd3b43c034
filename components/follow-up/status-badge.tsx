import type { FollowUpStatus } from '@/domain/follow-up';
import type { Translate } from '@/messages';

const tone: Record<FollowUpStatus, string> = {
  not_started: 'bg-surface-muted text-ink',
  in_progress: 'bg-info-soft text-link',
  overdue: 'bg-danger-soft text-danger',
  done: 'bg-success-soft text-success',
  cancelled: 'bg-surface-strong text-ink',
};

/** A follow-up item's status as a word on a colour (the word carries the meaning, not the colour). */
export function StatusBadge({ status, t }: { status: FollowUpStatus; t: Translate }) {
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${tone[status]}`}
    >
      {t(`followUp.status.${status}`)}
    </span>
  );
}
