import Link from 'next/link';
import { AgendaSection } from '@/components/meetings/agenda-section';
import { DecisionsSection } from '@/components/meetings/decisions-section';
import { documentLabel } from '@/components/meetings/document-label';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { MeetingFields } from '@/components/meetings/meeting-fields';
import { MeetingTabs } from '@/components/meetings/meeting-tabs';
import { NominationEntries } from '@/components/meetings/nomination-entries';
import { updateMeeting } from '@/actions/update-meeting';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { statusLabel } from '@/components/workspace/labels';
import { getMeeting } from '@/data/meetings';
import { mayReadPrivateFields, meetingLists, privateEntryFields } from '@/data/nomination-entries';
import { DecisionDocuments } from '@/components/issued/decision-documents';
import { issuedDocumentsOfMeeting } from '@/data/issued-documents';
import { MEETING_DETAILS_ANCHOR, recordEditTarget } from '@/domain/record-edit-target';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { documentPagePath } from '@/domain/workspace-paths';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]'>) {
  return meetingTitleOf((await params).id, (t) => t('meetings.tab.records'));
}

export default async function MeetingPage({ params, searchParams }: PageProps<'/meetings/[id]'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/meetings/${id}`);
  const meetingId = recordIdOr404(id);
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const editable = meeting.may.editRecords;
  const query = await searchParams;
  const duplicate = query.duplicate === '1';
  // A link from what a release still lacks opens the form where the value is edited.
  const editing = recordEditTarget(query.edit);
  const original = meeting.body.originalLanguage;
  const lists = meetingLists(actor, meetingId);
  const mayShowPrivate = mayReadPrivateFields(actor);
  // "Show private fields" names one list; reading them is audited (in the data layer), once per request.
  const privateFor = Number(query.private);
  const privateFields =
    mayShowPrivate && lists.some((l) => l.decisionId === privateFor)
      ? privateEntryFields(actor, meetingId, privateFor)
      : null;
  const issued = issuedDocumentsOfMeeting(actor, meetingId);
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <MeetingTabs meetingId={meeting.id} documents={meeting.documents} active="records" t={t} />
      {duplicate ? (
        <p role="status" className="mb-6 rounded border border-warning-line bg-warning-soft p-3 text-sm">
          {t('meetings.duplicateNumber', { year: meeting.heldOn.slice(0, 4), number: meeting.sessionNumber })}
        </p>
      ) : null}
      <section aria-labelledby="documents-heading" className="mb-10">
        <h2 id="documents-heading" className="mb-3 text-xl font-semibold">
          {t('documents.title')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {meeting.documents.map((d) => {
            const name = documentLabel(t, d);
            return (
              <li key={d.id} className="rounded border border-line bg-surface p-4">
                <p className="font-medium">{name}</p>
                <p className="text-sm text-muted" data-testid={`document-state-${d.id}`}>
                  {statusLabel(t, { ...d, reviewStep: null })}
                </p>
                <Link
                  href={documentPagePath(meeting.id, d.kind, d.language)}
                  className="mt-2 inline-block text-sm text-link underline"
                >
                  {t('documents.open', { document: name })}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      {meeting.may.editDetails ? (
        <details
          id={MEETING_DETAILS_ANCHOR}
          open={editing?.kind === 'meeting'}
          className="mb-10 rounded border border-line bg-surface p-4"
        >
          <summary className="cursor-pointer font-medium">{t('meetings.edit')}</summary>
          <ActionForm action={updateMeeting} className="mt-4 max-w-2xl" aria-label={t('meetings.edit')}>
            <input type="hidden" name="meetingId" value={meeting.id} />
            <MeetingFields meeting={meeting} original={original} t={t} />
            <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
          </ActionForm>
        </details>
      ) : null}
      {meeting.status === 'cancelled' ? (
        <p role="status" className="mb-6 rounded border border-warning-line bg-warning-soft p-3 text-sm">
          {t('meetings.cancelled')}
        </p>
      ) : null}
      <AgendaSection
        meetingId={meeting.id}
        items={meeting.agendaItems}
        editable={editable}
        original={original}
        editing={editing?.kind === 'agenda' ? editing.id : undefined}
        locale={locale}
        t={t}
      />
      <DecisionsSection
        meetingId={meeting.id}
        decisions={meeting.decisions}
        agendaItems={meeting.agendaItems}
        editable={editable}
        original={original}
        editing={editing?.kind === 'decision' ? editing.id : undefined}
        issued={(decisionId) => (
          <DecisionDocuments
            meetingId={meeting.id}
            decisionId={decisionId}
            documents={issued.get(decisionId) ?? []}
            mayIssue={editable}
            t={t}
          />
        )}
        locale={locale}
        t={t}
        below={(d) => {
          const list = lists.find((l) => l.decisionId === d.id);
          return list ? (
            <NominationEntries
              meetingId={meeting.id}
              list={list}
              privateFields={list.decisionId === privateFor ? privateFields : null}
              mayShowPrivate={mayShowPrivate}
              editable={editable}
              language={original}
              t={t}
            />
          ) : null;
        }}
      />
    </>
  );
}
