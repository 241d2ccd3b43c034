import Link from 'next/link';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { MeetingTabs } from '@/components/meetings/meeting-tabs';
import { AttendanceSection } from '@/components/meetings/minutes-records/attendance-section';
import { DistributionSection } from '@/components/meetings/minutes-records/distribution-section';
import { ItemRecords } from '@/components/meetings/minutes-records/item-records';
import { getMeeting } from '@/data/meetings';
import { getMinutesRecords } from '@/data/minutes-records';
import { documentPagePath } from '@/domain/workspace-paths';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { meetingTitleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/minutes/records'>) {
  return meetingTitleOf((await params).id, (t) => t('minutesRecords.tab'));
}

export default async function MinutesRecordsPage({ params }: PageProps<'/meetings/[id]/minutes/records'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/meetings/${id}/minutes/records`);
  const meetingId = recordIdOr404(id);
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const records = loadOr404(() => getMinutesRecords(actor, meetingId));
  const editable = meeting.may.editRecords;
  const original = meeting.body.originalLanguage;
  const { units, people } = records;
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <MeetingTabs meetingId={meeting.id} documents={meeting.documents} active="minutes_records" t={t} />
      <h2 className="sr-only">{t('minutesRecords.tab')}</h2>
      <p className="mb-2 max-w-3xl">{t('minutesRecords.intro')}</p>
      <p className="mb-6 text-sm">
        <Link href={documentPagePath(meeting.id, 'minutes')} className="text-link underline">
          {t('minutesRecords.draftWhere')}
        </Link>
      </p>
      {meeting.status === 'cancelled' ? (
        <p role="status" className="mb-6 rounded border border-warning-line bg-warning-soft p-3 text-sm">
          {t('meetings.cancelled')}
        </p>
      ) : !editable ? (
        <p className="mb-6 text-sm text-muted">{t('minutesRecords.readOnly')}</p>
      ) : null}
      {editable && units.length === 0 ? (
        // Guests can be listed without the directory; assignments and the distribution need its units.
        <p role="note" className="mb-6 rounded border border-warning-line bg-warning-soft p-3 text-sm">
          {t(people.length === 0 ? 'minutesRecords.emptyDirectory' : 'minutesRecords.noUnits')}
        </p>
      ) : null}
      <AttendanceSection
        meetingId={meeting.id}
        attendance={records.attendance}
        people={people}
        units={units}
        editable={editable}
        original={original}
        locale={locale}
        t={t}
      />
      <section aria-labelledby="items-heading" className="mb-10">
        <h2 id="items-heading" className="mb-3 text-xl font-semibold">
          {t('minutesRecords.items.title')}
        </h2>
        {meeting.agendaItems.length === 0 ? (
          <p className="text-muted">
            <Link href={`/meetings/${meeting.id}`} className="text-link underline">
              {t('minutesRecords.items.empty')}
            </Link>
          </p>
        ) : (
          <ol className="space-y-4">
            {meeting.agendaItems.map((item, i) => (
              <ItemRecords
                key={item.id}
                meetingId={meeting.id}
                number={i + 1}
                item={item}
                outcome={records.outcomes.find((o) => o.agendaItemId === item.id)}
                assignments={records.assignments.filter((a) => a.agendaItemId === item.id)}
                units={units}
                editable={editable}
                original={original}
                locale={locale}
                t={t}
              />
            ))}
          </ol>
        )}
      </section>
      <DistributionSection
        meetingId={meeting.id}
        distribution={records.distribution}
        classification={records.classification}
        units={units}
        editable={editable}
        locale={locale}
        t={t}
      />
    </>
  );
}
