import { redirect } from 'next/navigation';
import { issueApiToken } from '@/actions/issue-api-token';
import { revokeApiToken } from '@/actions/revoke-api-token';
import { IssuedToken } from '@/components/admin/issued-token';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { roleLabel } from '@/components/workspace/labels';
import { defaultTokenExpiry, listApiTokens, TOKEN_SCOPES } from '@/data/api-tokens';
import { getSiteSettings } from '@/data/site-settings';
import { listUsers } from '@/data/users';
import { can } from '@/domain/permissions';
import { isoDateInZone } from '@/domain/dates';
import { formatDate, formatDateTime } from '@/domain/format';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('tokens.title');

export default async function ApiTokensPage() {
  const { actor, t, locale } = await requireUser('/admin/tokens');
  if (!can(actor, 'apiTokens.manage')) redirect('/meetings');
  const tokens = listApiTokens(actor);
  const { timeZone } = getSiteSettings();
  const accounts = listUsers(actor).filter(
    (u) => !u.disabled && u.roles.some((r) => (TOKEN_SCOPES as readonly string[]).includes(r)),
  );
  const defaultExpiry = isoDateInZone(defaultTokenExpiry(), timeZone);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('tokens.title')}</h1>
      <p className="mb-6 max-w-3xl text-muted">{t('tokens.intro')}</p>

      <ActionForm
        action={issueApiToken}
        className="mb-8 max-w-xl rounded border border-line bg-surface p-6"
        aria-label={t('tokens.issue')}
      >
        <h2 className="mb-4 text-lg font-semibold">{t('tokens.issue')}</h2>
        <IssuedToken
          labels={{
            copyNow: t('tokens.copyNow'),
            value: t('tokens.value'),
            copy: t('tokens.copy'),
            copied: t('tokens.copied'),
          }}
        />
        <TextField name="name" label={t('tokens.name')} hint={t('tokens.nameHint')} required />
        <SelectField
          name="userId"
          label={t('tokens.account')}
          hint={t('tokens.accountHint')}
          required
          options={accounts.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))}
        />
        <CheckboxGroup
          name="roles[]"
          legend={t('tokens.roles')}
          options={TOKEN_SCOPES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          defaultChecked={['secretary']}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={t('tokens.expiresOn')}
          hint={t('tokens.expiresOnHint')}
          defaultValue={defaultExpiry}
          required
        />
        <SubmitButton pendingLabel={t('tokens.issuing')}>{t('tokens.issue')}</SubmitButton>
      </ActionForm>

      {tokens.length === 0 ? (
        <p className="text-muted">{t('tokens.empty')}</p>
      ) : (
        <table className="w-full border-collapse bg-surface text-sm" aria-label={t('tokens.listLabel')}>
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">{t('tokens.colName')}</th>
              <th className="p-2">{t('tokens.colAccount')}</th>
              <th className="p-2">{t('tokens.colRoles')}</th>
              <th className="p-2">{t('tokens.colExpires')}</th>
              <th className="p-2">{t('tokens.colLastUsed')}</th>
              <th className="p-2">{t('tokens.colStatus')}</th>
              <th className="p-2">
                <span className="sr-only">{t('tokens.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-b border-line-subtle align-top">
                <td className="p-2 font-medium">
                  {token.name} <span className="font-normal text-muted">#{token.id}</span>
                </td>
                <td className="p-2">
                  {token.accountName} ({token.accountUsername})
                </td>
                <td className="p-2">{token.roles.map((r) => roleLabel(t, r)).join(', ')}</td>
                <td className="p-2">{formatDate(token.expiresAt, locale, timeZone)}</td>
                <td className="p-2">
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale, timeZone) : t('tokens.never')}
                </td>
                <td className="p-2">{t(`tokens.status.${token.status}` as MessageKey)}</td>
                <td className="p-2">
                  {token.status === 'revoked' ? null : (
                    <ActionForm
                      action={revokeApiToken}
                      confirm={t('tokens.confirmRevoke', { name: token.name })}
                      aria-label={t('tokens.revokeNamed', { name: token.name })}
                    >
                      <input type="hidden" name="tokenId" value={token.id} />
                      <SubmitButton variant="danger" pendingLabel={t('common.saving')}>
                        {t('tokens.revoke')}
                      </SubmitButton>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
