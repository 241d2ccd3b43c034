import { createUser } from '@/actions/create-user';
import { UserRow, type UnitChoice } from '@/components/admin/user-row';
import { localizedText } from '@/components/meetings/localized-value';
import { roleLabel } from '@/components/workspace/labels';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listAllUnits } from '@/data/body-directory';
import { listAllBodies } from '@/data/meetings';
import { listUsers } from '@/data/users';
import { pairOf } from '@/domain/shown-value';
import { ROLES } from '@/domain/vocabulary';
import type { Actor } from '@/data/actor';
import type { Locale, Translate } from '@/messages';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('users.title');

export default async function UsersPage() {
  const { actor, t, locale } = await requireUser('/admin/users');
  const users = loadOr404(() => listUsers(actor));
  const units = loadOr404(() => unitChoices(actor, locale, t));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('users.title')}</h1>
      <details className="mb-8 rounded border border-line bg-surface p-4">
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
          <UserRow key={u.id} user={u} units={units} t={t} />
        ))}
      </ul>
    </>
  );
}

/** Every body's units, named in the reader's language; with several bodies, each says whose it is. */
function unitChoices(actor: Actor, locale: Locale, t: Translate): UnitChoice[] {
  const units = listAllUnits(actor);
  const bodies = new Map(listAllBodies(actor).map((b) => [b.id, b]));
  const severalBodies = new Set(units.map((u) => u.bodyId)).size > 1;
  return units.map((u) => {
    const unit = localizedText(pairOf(u, 'name'), locale);
    const body = bodies.get(u.bodyId);
    return {
      id: u.id,
      label:
        severalBodies && body
          ? t('users.unitOfBody', { unit, body: localizedText(pairOf(body, 'name'), locale) })
          : unit,
    };
  });
}
