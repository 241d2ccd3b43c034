import Link from 'next/link';
import { DirectoryPeople } from '@/components/admin/directory-people';
import { DirectoryUnits } from '@/components/admin/directory-units';
import { LocalizedValue } from '@/components/meetings/localized-value';
import { listPeopleToManage, listUnitsToManage } from '@/data/body-directory';
import { listAllBodies } from '@/data/meetings';
import { notFound as notFoundError } from '@/data/errors';
import { pairOf } from '@/domain/shown-value';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('directory.title');

/** A body's directory: the units its minutes go to and the people its meetings' attendance names. */
export default async function BodyDirectoryPage({ params }: PageProps<'/admin/bodies/[id]'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/admin/bodies/${id}`);
  const bodyId = recordIdOr404(id);
  const { body, units, people } = loadOr404(() => {
    const found = listAllBodies(actor).find((b) => b.id === bodyId);
    if (!found) throw notFoundError();
    return {
      body: found,
      units: listUnitsToManage(actor, bodyId),
      people: listPeopleToManage(actor, bodyId),
    };
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/bodies" className="text-link underline">
          {t('directory.back')}
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{t('directory.title')}</h1>
      <p className="mb-2 text-lg">
        <LocalizedValue values={pairOf(body, 'name')} locale={locale} t={t} />
      </p>
      <p className="mb-6 max-w-3xl text-muted">{t('directory.intro')}</p>
      <DirectoryUnits bodyId={body.id} units={units} original={body.originalLanguage} locale={locale} t={t} />
      <DirectoryPeople
        bodyId={body.id}
        people={people}
        units={units}
        original={body.originalLanguage}
        locale={locale}
        t={t}
      />
    </>
  );
}
