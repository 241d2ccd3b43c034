import Link from 'next/link';
import { PrintButton } from '@/components/follow-up/print-button';
import { noticeSource } from '@/data/follow-up';
import { draftNotice } from '@/domain/follow-up-notice';
import { translator } from '@/messages';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { titleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export const generateMetadata = () => titleOf('notice.title');

/**
 * The notice to units (督办通知) of a meeting's open follow-up items, drafted in the body's language, or in
 * English (`?lang=en`), laid out for printing.
 */
export default async function NoticePage({
  params,
  searchParams,
}: PageProps<'/follow-up/notice/[meetingId]'>) {
  const meetingId = recordIdOr404((await params).meetingId);
  const { actor, t } = await requireUser(`/follow-up/notice/${meetingId}`);
  const asked = (await searchParams).lang;
  const first = loadOr404(() => noticeSource(actor, meetingId, asked === 'en' ? 'en' : 'zh'));
  // Without a choice, the notice is in the body's own language.
  const language = asked === 'en' || asked === 'zh' ? asked : first.originalLanguage;
  const { input } = language === first.input.language ? first : noticeSource(actor, meetingId, language);
  const notice = draftNotice(input);
  const tn = translator(language);
  return (
    <>
      <nav aria-label={t('notice.language')} className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/follow-up?meeting=${meetingId}`} className="text-link underline">
          {t('notice.back')}
        </Link>
        <Link
          href={`/follow-up/notice/${meetingId}?lang=zh`}
          lang="zh"
          aria-current={language === 'zh' ? 'page' : undefined}
          className="text-link underline"
        >
          中文
        </Link>
        <Link
          href={`/follow-up/notice/${meetingId}?lang=en`}
          lang="en"
          aria-current={language === 'en' ? 'page' : undefined}
          className="text-link underline"
        >
          English
        </Link>
        <PrintButton label={t('notice.print')} />
      </nav>
      {input.items.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('notice.empty')}
        </p>
      ) : (
        <article lang={language} className="print-document mx-auto max-w-3xl bg-surface p-8 font-serif">
          <p className="text-center text-3xl font-bold text-danger">{tn('notice.title')}</p>
          <hr className="my-4 border-t-2 border-danger" />
          <h1 className="mb-6 text-center text-xl font-bold">{notice.title}</h1>
          <p className="mb-4">{notice.addressees}</p>
          <p className="mb-4 indent-8">{notice.opening}</p>
          <ol className="mb-4 space-y-2">
            {notice.items.map((line) => (
              <li key={line} className="indent-8">
                {line}
              </li>
            ))}
          </ol>
          <p className="indent-8">{notice.closing}</p>
        </article>
      )}
    </>
  );
}
