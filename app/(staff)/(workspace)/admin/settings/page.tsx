import { redirect } from 'next/navigation';
import { updateSiteSettings } from '@/actions/update-site-settings';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { getSiteSettings } from '@/data/site-settings';
import { can } from '@/domain/permissions';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('settings.title');

export default async function SettingsPage() {
  const { actor, t } = await requireUser('/admin/settings');
  // The settings are public (they are the footer); only editing them needs the admin role, checked again by the action.
  if (!can(actor, 'siteSettings.update')) redirect('/meetings');
  const s = getSiteSettings();
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('settings.title')}</h1>
      <ActionForm
        action={updateSiteSettings}
        className="max-w-2xl rounded border border-slate-300 bg-white p-6"
      >
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{t('settings.chineseSite')}</legend>
          <TextField
            name="sectionNameZh"
            label={t('settings.sectionName')}
            required
            defaultValue={s.sectionNameZh}
          />
          <TextField name="hostedByZh" label={t('settings.hostedBy')} defaultValue={s.hostedByZh} />
          <TextField name="operatorZh" label={t('settings.operator')} defaultValue={s.operatorZh} />
          <TextField name="icpNumberZh" label={t('settings.icpNumber')} defaultValue={s.icpNumberZh} />
          <TextField
            name="securityRecordZh"
            label={t('settings.securityRecord')}
            defaultValue={s.securityRecordZh}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{t('settings.englishSite')}</legend>
          <TextField
            name="sectionName"
            label={t('settings.sectionName')}
            required
            defaultValue={s.sectionName}
          />
          <TextField name="hostedBy" label={t('settings.hostedBy')} defaultValue={s.hostedBy} />
          <TextField name="operator" label={t('settings.operator')} defaultValue={s.operator} />
          <TextField name="icpNumber" label={t('settings.icpNumber')} defaultValue={s.icpNumber} />
          <TextField
            name="securityRecord"
            label={t('settings.securityRecord')}
            defaultValue={s.securityRecord}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{t('settings.bothSites')}</legend>
          <TextField name="websiteCode" label={t('settings.websiteCode')} defaultValue={s.websiteCode} />
          <TextField name="timeZone" label={t('settings.timeZone')} required defaultValue={s.timeZone} />
        </fieldset>
        <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
      </ActionForm>
    </>
  );
}
