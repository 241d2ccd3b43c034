import { redirect } from 'next/navigation';
import { setProtectedNames } from '@/actions/set-protected-names';
import { updateSiteSettings } from '@/actions/update-site-settings';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { protectedNamesText } from '@/data/personal-data-review';
import { getSiteSettings, masthead } from '@/data/site-settings';
import { can } from '@/domain/permissions';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

// Each site's own name and footer values: the Chinese site's columns end in "Zh" (data/site-settings.ts).
const SITES = [
  { legend: 'settings.chineseSite', suffix: 'Zh' },
  { legend: 'settings.englishSite', suffix: '' },
] as const;
const IDENTITY_FIELDS = [
  { name: 'sectionName', label: 'settings.sectionName', required: true },
  { name: 'bodyName', label: 'settings.bodyName', required: false },
  { name: 'emblemAlt', label: 'settings.emblemAlt', required: false },
  { name: 'hostedBy', label: 'settings.hostedBy', required: false },
  { name: 'operator', label: 'settings.operator', required: false },
  { name: 'icpNumber', label: 'settings.icpNumber', required: false },
  { name: 'securityRecord', label: 'settings.securityRecord', required: false },
] as const;

export const generateMetadata = () => titleOf('settings.title');

export default async function SettingsPage() {
  const { actor, t } = await requireUser('/admin/settings');
  // The settings are public (they are the footer); only editing them needs the admin role, checked again by the action.
  if (!can(actor, 'siteSettings.update')) redirect('/meetings');
  const s = getSiteSettings();
  const emblem = masthead(s, 'en');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('settings.title')}</h1>
      <ActionForm action={updateSiteSettings} className="max-w-2xl rounded border border-line bg-surface p-6">
        {SITES.map(({ legend, suffix }) => (
          <fieldset key={legend} className="mb-6">
            <legend className="mb-2 font-semibold">{t(legend)}</legend>
            {IDENTITY_FIELDS.map(({ name, label, required }) => (
              <TextField
                key={name}
                name={`${name}${suffix}`}
                label={t(label)}
                required={required}
                defaultValue={s[`${name}${suffix}`]}
              />
            ))}
          </fieldset>
        ))}
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{t('settings.bothSites')}</legend>
          <TextField name="websiteCode" label={t('settings.websiteCode')} defaultValue={s.websiteCode} />
          <TextField name="timeZone" label={t('settings.timeZone')} required defaultValue={s.timeZone} />
          <TextField
            name="followUpReminderDays"
            type="number"
            label={t('settings.followUpReminderDays')}
            required
            defaultValue={s.followUpReminderDays}
          />
          <CheckboxGroup
            name="translationFirst"
            legend={t('settings.translations')}
            options={[{ value: 'on', label: t('settings.translationFirst') }]}
            defaultChecked={s.translationFirst ? ['on'] : []}
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{t('settings.masthead')}</legend>
          <p className="mb-2 flex items-center gap-3 text-sm text-muted">
            {/* eslint-disable-next-line @next/next/no-img-element -- the served emblem, as the public masthead shows it. */}
            <img src={emblem.emblemSrc} alt={t('settings.emblemCurrent')} width={48} height={48} />
            {s.emblemUpdatedAt ? null : t('settings.emblemHint')}
          </p>
          <label htmlFor="emblem" className="block text-sm font-medium">
            {t('settings.emblem')}
          </label>
          <input
            id="emblem"
            name="emblem"
            type="file"
            accept="image/png,image/svg+xml"
            className="mt-1 block text-sm"
          />
          {s.emblemUpdatedAt ? (
            <CheckboxGroup
              name="removeEmblem"
              legend={t('settings.emblem')}
              options={[{ value: 'on', label: t('settings.removeEmblem') }]}
              defaultChecked={[]}
            />
          ) : null}
        </fieldset>
        <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
      </ActionForm>
      <section aria-labelledby="protected-names" className="mt-8 max-w-2xl">
        <h2 id="protected-names" className="mb-2 text-xl font-semibold">
          {t('privacy.names.title')}
        </h2>
        <p className="mb-3 text-sm text-muted">{t('privacy.names.intro')}</p>
        <ActionForm
          action={setProtectedNames}
          aria-label={t('privacy.names.title')}
          className="rounded border border-line bg-surface p-6"
        >
          <TextArea
            name="names"
            label={t('privacy.names.label')}
            rows={6}
            defaultValue={protectedNamesText(actor)}
          />
          <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
