import { createMeeting } from '@/actions/create-meeting';
import { ActionForm } from '@/components/ui/action-form';
import { localizedText } from '@/components/meetings/localized-value';
import { MeetingFields } from '@/components/meetings/meeting-fields';
import { SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listBodies, suggestSessionNumber } from '@/data/meetings';
import { pairOf } from '@/domain/shown-value';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('meetings.new');

export default async function NewMeetingPage() {
  const { actor, t, locale } = await requireUser('/meetings/new');
  // Someone who may not read meetings (an administrator only) gets "not found", not an error page.
  const bodies = loadOr404(() => listBodies(actor));
  const firstBody = bodies[0];
  if (!firstBody) {
    return (
      <>
        <h1 className="mb-6 text-2xl font-semibold">{t('meetings.new')}</h1>
        <p className="rounded border border-warning-line bg-warning-soft p-4">{t('meetings.noBodies')}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('meetings.new')}</h1>
      <ActionForm action={createMeeting} className="max-w-2xl rounded border border-line bg-surface p-6">
        <SelectField
          name="bodyId"
          label={t('meetings.field.body')}
          required
          defaultValue={String(firstBody.id)}
          options={bodies.map((b) => ({
            value: String(b.id),
            label: t('bilingual.bodyOption', {
              meetingName: localizedText(pairOf(b, 'meetingName'), locale),
              name: localizedText(pairOf(b, 'name'), locale),
              language: t(`language.${b.originalLanguage}`),
            }),
          }))}
        />
        {/* The first body's original language comes first; every body's form takes both languages. */}
        <MeetingFields
          original={firstBody.originalLanguage}
          suggestedNumber={suggestSessionNumber(actor, firstBody.id)}
          t={t}
        />
        <SubmitButton pendingLabel={t('meetings.creating')}>{t('meetings.create')}</SubmitButton>
      </ActionForm>
    </>
  );
}
