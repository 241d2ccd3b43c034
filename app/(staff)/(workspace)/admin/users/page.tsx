import { createUser } from '@/actions/create-user';
import { UserRow } from '@/components/admin/user-row';
import { roleLabel } from '@/components/workspace/labels';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listUsers } from '@/data/users';
import { ROLES } from '@/domain/vocabulary';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('users.title');

export default async function UsersPage() {
  const { actor, t } = await requireUser('/admin/users');
  const users = loadOr404(() => listUsers(actor));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('users.title')}</h1>
      <details className="mb-8 rounded border border-slate-300 bg-white p-4">
        <summary className="cursor-pointer font-medium">{t('users.create')}</summary>
        <ActionForm action={createUser} className="mt-4 max-w-xl" aria-label={t('users.create')}>
          <TextField name="username" label={t('users.field.username')} required autoComplete="off" />
          <TextField name="displayName" label={t('users.field.displayName')} required />
          <TextField name="email" type="email" label={t('users.field.email')} />
          <TextField
            name="password"
            type="password"
            label={t('users.field.password')}
            required
            autoComplete="new-password"
          />
          <CheckboxGroup
            name="roles[]"
            legend={t('users.field.roles')}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          />
          <SubmitButton pendingLabel={t('users.creating')}>{t('users.create')}</SubmitButton>
        </ActionForm>
      </details>
      <ul className="space-y-4">
        {users.map((u) => (
          <UserRow key={u.id} user={u} t={t} />
        ))}
      </ul>
    </>
  );
}
