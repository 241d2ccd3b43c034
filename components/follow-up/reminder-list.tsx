import Link from 'next/link';
import { localizedText } from '@/components/meetings/localized-value';
import type { ReminderDto } from '@/data/follow-up-reminders';
import { formatCalendarDate } from '@/domain/format';
import type { Locale, Translate } from '@/messages';

/** One's follow-up reminders (due soon, overdue, report due), newest first. */
export function ReminderList({
  reminders,
  locale,
  t,
}: {
  reminders: ReminderDto[];
  locale: Locale;
  t: Translate;
}) {
  if (reminders.length === 0) return null;
  return (
    <section
      aria-labelledby="reminders-heading"
      className="mb-6 rounded border border-warning-line bg-warning-soft p-4"
    >
      <h2 id="reminders-heading" className="mb-2 font-semibold">
        {t('followUp.reminders.heading')}
      </h2>
      <ul className="space-y-1 text-sm">
        {reminders.map((r) => (
          <li key={r.id}>
            <Link href={`/follow-up/${r.itemId}`} className="text-link underline">
              {t(`followUp.reminders.${r.kind}`, {
                task: localizedText({ en: r.task, zh: r.taskZh }, locale),
                deadline: r.deadline ? formatCalendarDate(r.deadline, locale) : '',
                period: r.occasion,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
