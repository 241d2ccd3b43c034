import Link from 'next/link';
import { redirect } from 'next/navigation';
import { createBody } from '@/actions/create-body';
import { updateBody } from '@/actions/update-body';
import { BilingualField } from '@/components/meetings/bilingual-field';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listAllBodies } from '@/data/meetings';
import { can } from '@/domain/permissions';
import { otherLanguage } from '@/domain/meeting-languages';
import { CONTENT_LANGUAGES } from '@/domain/vocabulary';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('bodies.title');

export default async function BodiesPage() {
  const { actor, t, locale } = await requireUser('/admin/bodies');
  // Body names are no secret; creating one is refused to non-admins by the data layer as well.
  if (!can(actor, 'bodies.manage')) redirect('/meetings');
  const bodies = listAllBodies(actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('bodies.title')}</h1>
      {bodies.length === 0 ? (
        <p className="mb-6 text-muted">{t('bodies.empty')}</p>
      ) : (
        <ul className="mb-8 space-y-2">
          {bodies.map((b) => {
            // The body's name in the reader's language where it has one.
            const shownName = locale === 'zh' ? b.nameZh || b.name : b.name || b.nameZh;
            return (
              // Both languages' names, the original's first, each marked with its language.
              <li key={b.id} className="rounded border border-line-subtle bg-surface p-3">
                {[b.originalLanguage, otherLanguage(b.originalLanguage)].map((language) => {
                  const name = language === 'zh' ? b.nameZh : b.name;
                  const meetingName = language === 'zh' ? b.meetingNameZh : b.meetingName;
                  return meetingName || name ? (
                    <p key={language} lang={language}>
                      <span className="font-medium">{meetingName}</span> · {name}
                    </p>
                  ) : (
                    <p key={language} className="text-sm text-muted">
                      {t('bilingual.fieldMissing', {
                        field: t('bilingual.fieldIn', {
                          field: t('bodies.name'),
                          language: t(`language.${language}`),
                        }),
                      })}
                    </p>
                  );
                })}
                <p className="mt-1 text-sm text-muted">
                  {t('bodies.originalTag', { language: t(`language.${b.originalLanguage}`) })}
                </p>
                <p className="mt-1 text-sm">
                  <Link href={`/admin/bodies/${b.id}`} className="text-link underline">
                    {t('directory.link', { name: shownName })}
                  </Link>
                </p>
                {/* A translation's names may be added later: drafting that language's releases needs them. */}
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-link underline">
                    {t('bodies.edit', { name: shownName })}
                  </summary>
                  <ActionForm
                    action={updateBody}
                    className="mt-3 max-w-xl"
                    aria-label={t('bodies.edit', { name: shownName })}
                  >
                    <input type="hidden" name="bodyId" value={b.id} />
                    <BilingualField
                      name="name"
                      label="bodies.name"
                      original={b.originalLanguage}
                      values={{ en: b.name, zh: b.nameZh }}
                      t={t}
                    />
                    <BilingualField
                      name="meetingName"
                      label="bodies.meetingName"
                      original={b.originalLanguage}
                      values={{ en: b.meetingName, zh: b.meetingNameZh }}
                      t={t}
                    />
                    <SubmitButton pendingLabel={t('common.saving')}>{t('bodies.save')}</SubmitButton>
                  </ActionForm>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <ActionForm
        action={createBody}
        className="max-w-xl rounded border border-line bg-surface p-6"
        aria-label={t('bodies.create')}
      >
        <h2 className="mb-4 text-lg font-semibold">{t('bodies.create')}</h2>
        <SelectField
          name="originalLanguage"
          label={t('bodies.originalLanguage')}
          hint={t('bodies.originalLanguageHint')}
          defaultValue="zh"
          options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
        {/* Chinese first, the default original; the original language's names are required. */}
        <BilingualField
          name="name"
          label="bodies.name"
          hint={{ en: 'bodies.nameHint', zh: 'bilingual.bodyNameHintZh' }}
          original="zh"
          t={t}
        />
        <BilingualField
          name="meetingName"
          label="bodies.meetingName"
          hint={{ en: 'bodies.meetingNameHint', zh: 'bilingual.meetingNameHintZh' }}
          original="zh"
          t={t}
        />
        <SubmitButton pendingLabel={t('common.saving')}>{t('bodies.create')}</SubmitButton>
      </ActionForm>
    </>
  );
}
