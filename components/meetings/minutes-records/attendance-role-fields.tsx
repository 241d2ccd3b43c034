import { BilingualField } from '@/components/meetings/bilingual-field';
import { SelectField } from '@/components/ui/fields';
import { ATTENDANCE_ROLES, type ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';

/**
 * How a person took part, and for an absence its reason. The reason's inputs show only while "Absent" is
 * chosen (a CSS rule on the enclosing form, marked `group`, so it works before any script runs); a reason
 * sent with another role is dropped by the form's schema.
 */
export function AttendanceRoleFields({ original, t }: { original: ContentLanguage; t: Translate }) {
  return (
    <>
      <SelectField
        name="role"
        label={t('minutesRecords.attendance.role')}
        defaultValue="present"
        options={ATTENDANCE_ROLES.map((role) => ({ value: role, label: t(`minutesRecords.role.${role}`) }))}
      />
      <div className="hidden group-has-[option[value=absent]:checked]:block">
        <BilingualField
          name="reason"
          label="minutesRecords.attendance.reason"
          hint={{
            zh: 'minutesRecords.attendance.reasonHintZh',
            en: 'minutesRecords.attendance.reasonHintEn',
          }}
          original={original}
          t={t}
        />
      </div>
    </>
  );
}
