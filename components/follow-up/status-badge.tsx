import type { FollowUpStatus } from '@/domain/follow-up';
import type { Translate } from '@/messages';

const tone: Record<FollowUpStatus, string> = {
  not_started: 'bg-slate-100 text-slate-900',
  in_progress: 'bg-blue-100 text-blue-950',
  overdue: 'bg-red-100 text-red-900',
  done: 'bg-green-100 text-green-900',
  cancelled: 'bg-slate-200 text-slate-800',
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
