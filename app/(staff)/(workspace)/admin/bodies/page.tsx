import { redirect } from 'next/navigation';
import { createBody } from '@/actions/create-body';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { listAllBodies } from '@/data/meetings';
import { can } from '@/domain/permissions';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('bodies.title');

export default async function BodiesPage() {
  const { actor, t } = await requireUser('/admin/bodies');
  // Body names are no secret; creating one is refused to non-admins by the data layer as well.
  if (!can(actor, 'bodies.manage')) redirect('/meetings');
  const bodies = listAllBodies(actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('bodies.title')}</h1>
      {bodies.length === 0 ? (
        <p className="mb-6 text-slate-700">{t('bodies.empty')}</p>
      ) : (
        <ul className="mb-8 space-y-2">
          {bodies.map((b) => (
            <li key={b.id} className="rounded border border-slate-200 bg-white p-3">
              <span className="font-medium">{b.meetingName}</span> · {b.name}
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={createBody}
        className="max-w-xl rounded border border-slate-300 bg-white p-6"
        aria-label={t('bodies.create')}
      >
        <h2 className="mb-4 text-lg font-semibold">{t('bodies.create')}</h2>
        <TextField name="name" label={t('bodies.name')} hint={t('bodies.nameHint')} required />
        <TextField
          name="meetingName"
          label={t('bodies.meetingName')}
          hint={t('bodies.meetingNameHint')}
          required
        />
        <SubmitButton pendingLabel={t('common.saving')}>{t('bodies.create')}</SubmitButton>
      </ActionForm>
    </>
  );
}
