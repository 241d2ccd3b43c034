import { resetUserPassword } from '@/actions/reset-user-password';
import { setUserDisabled } from '@/actions/set-user-disabled';
import { setUserRoles } from '@/actions/set-user-roles';
import { setUserUnit } from '@/actions/set-user-unit';
import { roleLabel } from '@/components/workspace/labels';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { UserSummary } from '@/data/users';
import { ROLES } from '@/domain/vocabulary';
import type { Translate } from '@/messages';

/** A unit as the user administration offers it: its id and its name in the reader's language. */
export type UnitChoice = { id: number; label: string };

type Props = { user: UserSummary; units: UnitChoice[]; t: Translate };

export function UserRow({ user, units, t }: Props) {
  const unit = units.find((u) => u.id === user.unitId);
  return (
    <li className="rounded border border-line bg-surface p-4" aria-label={user.displayName}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="font-medium">{user.displayName}</span>{' '}
          <span className="text-muted">({user.username})</span>
        </p>
        <p className="text-sm">{user.disabled ? t('users.disabled') : t('users.active')}</p>
      </div>
      <p className="text-sm text-muted">
        {unit ? t('users.unitOf', { unit: unit.label }) : t('directory.noUnit')}
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <ActionForm action={setUserRoles} aria-label={`${t('users.saveRoles')}: ${user.username}`}>
          <input type="hidden" name="userId" value={user.id} />
          <CheckboxGroup
            name="roles[]"
            legend={t('users.field.roles')}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            defaultChecked={user.roles}
          />
          <SubmitButton variant="secondary" pendingLabel={t('common.saving')}>
            {t('users.saveRoles')}
          </SubmitButton>
        </ActionForm>
        <ActionForm action={setUserUnit} aria-label={`${t('users.saveUnit')}: ${user.username}`}>
          <input type="hidden" name="userId" value={user.id} />
          <SelectField
            name="unitId"
            label={t('users.field.unit')}
            hint={units.length ? t('users.unitHint') : t('users.noUnits')}
            defaultValue={user.unitId ? String(user.unitId) : ''}
            options={[
              { value: '', label: t('directory.noUnit') },
              ...units.map((u) => ({ value: String(u.id), label: u.label })),
            ]}
          />
          <SubmitButton variant="secondary" pendingLabel={t('common.saving')}>
            {t('users.saveUnit')}
          </SubmitButton>
        </ActionForm>
        <ActionForm action={resetUserPassword} aria-label={`${t('users.resetPassword')}: ${user.username}`}>
          <input type="hidden" name="userId" value={user.id} />
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            label={t('users.newPassword', { name: user.displayName })}
          />
          <SubmitButton variant="secondary" pendingLabel={t('common.saving')}>
            {t('users.resetPassword')}
          </SubmitButton>
        </ActionForm>
        <ActionForm
          action={setUserDisabled}
          confirm={user.disabled ? undefined : t('users.confirmDisable', { name: user.displayName })}
          aria-label={`${user.disabled ? t('users.enable') : t('users.disable')}: ${user.username}`}
        >
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
          <SubmitButton variant={user.disabled ? 'secondary' : 'danger'} pendingLabel={t('common.saving')}>
            {user.disabled ? t('users.enable') : t('users.disable')}
          </SubmitButton>
        </ActionForm>
      </div>
    </li>
  );
}
