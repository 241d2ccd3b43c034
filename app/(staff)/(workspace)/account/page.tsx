import { changeOwnPassword } from '@/actions/change-own-password';
import { setOwnLocale } from '@/actions/set-own-locale';
import { roleLabel } from '@/components/workspace/labels';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('account.title');

export default async function AccountPage() {
  const { actor, name, t, locale } = await requireUser('/account');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('account.title')}</h1>
      <p className="mb-6 text-muted">
        {name} · {actor.roles.map((r) => roleLabel(t, r)).join(', ')}
      </p>
      <ActionForm
        action={setOwnLocale}
        className="mb-8 max-w-md rounded border border-line bg-surface p-6"
        aria-label={t('account.language')}
      >
        <SelectField
          name="locale"
          label={t('account.language')}
          defaultValue={locale}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh', label: '简体中文' },
          ]}
        />
        <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
      </ActionForm>
      <ActionForm
        action={changeOwnPassword}
        className="max-w-md rounded border border-line bg-surface p-6"
        aria-label={t('account.changePassword')}
      >
        <h2 className="mb-4 text-lg font-semibold">{t('account.changePassword')}</h2>
        <TextField
          name="current"
          type="password"
          label={t('account.currentPassword')}
          required
          autoComplete="current-password"
        />
        <TextField
          name="next"
          type="password"
          label={t('account.newPassword')}
          required
          autoComplete="new-password"
        />
        <TextField
          name="confirm"
          type="password"
          label={t('account.confirmPassword')}
          required
          autoComplete="new-password"
        />
        <SubmitButton pendingLabel={t('account.changing')}>{t('account.changePassword')}</SubmitButton>
      </ActionForm>
    </>
  );
}
