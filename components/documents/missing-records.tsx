import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '@/data/meetings';
import type { MissingField } from '@/domain/meeting-languages';
import { editTargetHref, editTargetOf } from '@/domain/record-edit-target';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

// A whole translated sentence with one value set in its own element (to carry that value's `lang`).
const SLOT = '\u0000';
function Sentence({ text, slot }: { text: string; slot: ReactNode }) {
  const [before, after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      {slot}
      {after}
    </>
  );
}

/**
 * In place of "Draft from records": what this release's language still lacks in the records, field by
 * field, each linked to the form where it is written, with its value in the other language to say which.
 */
export function MissingRecords({
  missing,
  meeting,
  language,
  t,
}: {
  missing: MissingField[];
  meeting: MeetingDetail;
  language: ContentLanguage;
  t: Translate;
}) {
  const other: ContentLanguage = language === 'zh' ? 'en' : 'zh';
  const bodyFieldMissing = missing.some((m) => m.field === 'bodyName' || m.field === 'meetingName');
  return (
    <section
      aria-labelledby="missing-records-heading"
      className="rounded border border-warning-line bg-warning-soft p-4"
      data-testid="missing-records"
    >
      <h3 id="missing-records-heading" className="font-semibold">
        {t('records.missing.title', { language: t(`language.${language}`) })}
      </h3>
      <p className="mt-1 text-sm">{t('bilingual.missing.hint')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {missing.map((m, i) => (
          <li key={i}>
            <Link href={editTargetHref(meeting.id, editTargetOf(m, meeting))} className="text-link underline">
              {t(`records.missing.${m.field}` as MessageKey, { position: m.position ?? '' })}
            </Link>
            {m.known ? (
              <span className="block text-muted">
                <Sentence
                  text={t('records.missing.known', { language: t(`language.${other}`), known: SLOT })}
                  slot={<span lang={other}>{m.known}</span>}
                />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {bodyFieldMissing ? <p className="mt-2 text-sm">{t('bilingual.missing.bodyHint')}</p> : null}
    </section>
  );
}
