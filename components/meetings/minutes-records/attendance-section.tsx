import { RemoveRecordForm } from './remove-record-form';
import { addAttendee } from '@/actions/add-attendee';
import { removeAttendee } from '@/actions/remove-attendee';
import { BilingualField } from '@/components/meetings/bilingual-field';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { PersonDto, UnitDto } from '@/data/body-directory';
import type { AttendeeDto } from '@/data/minutes-records';
import { pairOf } from '@/domain/shown-value';
import { ATTENDANCE_ROLES, type ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';
import { LocalizedValue, localizedText } from '../localized-value';
import { AttendanceRoleFields } from './attendance-role-fields';
import { personOption, unitName, unitOptions } from './directory-names';

type Props = {
  meetingId: number;
  attendance: AttendeeDto[];
  people: PersonDto[];
  units: UnitDto[];
  editable: boolean;
  original: ContentLanguage;
  locale: Locale;
  t: Translate;
};

/** Who attended, by role (出席, 列席, 请假, 记录), and the forms that add someone: from the body's list, or a guest. */
export function AttendanceSection({
  meetingId,
  attendance,
  people,
  units,
  editable,
  original,
  locale,
  t,
}: Props) {
  return (
    <section aria-labelledby="attendance-heading" className="mb-10">
      <h2 id="attendance-heading" className="mb-3 text-xl font-semibold">
        {t('minutesRecords.attendance.title')}
      </h2>
      {attendance.length === 0 ? (
        <p className="text-muted">{t('minutesRecords.attendance.empty')}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {ATTENDANCE_ROLES.map((role) => {
            const listed = attendance.filter((a) => a.role === role);
            if (listed.length === 0) return null;
            return (
              <div key={role} className="rounded border border-line-subtle bg-surface p-3">
                <h3 className="mb-2 font-medium">{t(`minutesRecords.role.${role}`)}</h3>
                <ul className="space-y-2" aria-label={t(`minutesRecords.role.${role}`)}>
                  {listed.map((a) => (
                    <AttendeeRow
                      key={a.id}
                      meetingId={meetingId}
                      attendee={a}
                      units={units}
                      editable={editable}
                      locale={locale}
                      t={t}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {editable ? (
        <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
          {people.length > 0 ? (
            <details className="rounded border border-line bg-surface p-4">
              <summary className="cursor-pointer font-medium">
                {t('minutesRecords.attendance.addPerson')}
              </summary>
              <ActionForm
                action={addAttendee}
                className="group mt-4"
                aria-label={t('minutesRecords.attendance.addPerson')}
              >
                <input type="hidden" name="meetingId" value={meetingId} />
                <SelectField
                  name="personId"
                  label={t('minutesRecords.attendance.person')}
                  hint={t('minutesRecords.attendance.personHint')}
                  required
                  defaultValue=""
                  options={[
                    { value: '', label: t('minutesRecords.attendance.choosePerson') },
                    ...people.map((p) => personOption(p, units, locale)),
                  ]}
                />
                <AttendanceRoleFields original={original} t={t} />
                <SubmitButton pendingLabel={t('common.adding')}>{t('common.add')}</SubmitButton>
              </ActionForm>
            </details>
          ) : null}
          <details className="rounded border border-line bg-surface p-4">
            <summary className="cursor-pointer font-medium">
              {t('minutesRecords.attendance.addGuest')}
            </summary>
            <p className="mt-2 text-sm text-muted">{t('minutesRecords.attendance.guestHint')}</p>
            <ActionForm
              action={addAttendee}
              className="group mt-4"
              aria-label={t('minutesRecords.attendance.addGuest')}
            >
              <input type="hidden" name="meetingId" value={meetingId} />
              <BilingualField name="name" label="minutesRecords.attendance.name" original={original} t={t} />
              <BilingualField
                name="title"
                label="minutesRecords.attendance.titleField"
                original={original}
                t={t}
              />
              <SelectField
                name="unitId"
                label={t('minutesRecords.attendance.unit')}
                defaultValue=""
                options={[
                  { value: '', label: t('minutesRecords.attendance.noUnit') },
                  ...unitOptions(units, locale),
                ]}
              />
              <AttendanceRoleFields original={original} t={t} />
              <SubmitButton pendingLabel={t('common.adding')}>{t('common.add')}</SubmitButton>
            </ActionForm>
          </details>
        </div>
      ) : null}
    </section>
  );
}

function AttendeeRow({
  meetingId,
  attendee,
  units,
  editable,
  locale,
  t,
}: {
  meetingId: number;
  attendee: AttendeeDto;
  units: UnitDto[];
  editable: boolean;
  locale: Locale;
  t: Translate;
}) {
  const name = localizedText(pairOf(attendee, 'name'), locale);
  const title = localizedText(pairOf(attendee, 'title'), locale);
  const details = [title, unitName(units, attendee.unitId, locale)].filter(Boolean).join(' · ');
  const reason = localizedText(pairOf(attendee, 'reason'), locale);
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 border-t border-line-subtle pt-2 first:border-t-0 first:pt-0">
      <div>
        <p className="font-medium">
          <LocalizedValue values={pairOf(attendee, 'name')} locale={locale} t={t} />
        </p>
        {details ? <p className="text-sm text-muted">{details}</p> : null}
        {attendee.role === 'absent' && reason ? (
          <p className="text-sm text-ink">{t('minutesRecords.attendance.absentBecause', { reason })}</p>
        ) : null}
      </div>
      {editable ? (
        <RemoveRecordForm
          action={removeAttendee}
          name={name}
          meetingId={meetingId}
          idField="attendeeId"
          id={attendee.id}
          t={t}
        />
      ) : null}
    </li>
  );
}
