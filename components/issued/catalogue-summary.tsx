import type { CatalogueFields } from '@/data/catalogue-entries';
import type { TopicCategory } from '@/data/issued-panel';
import type { Validity } from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';

type Props = {
  catalogue: CatalogueFields;
  indexNumber: string | null;
  validity: Validity;
  categories: TopicCategory[];
  locale: Locale;
  t: Translate;
};

/** The catalogue fields as reviewers read them (they are signed with the text). */
export function CatalogueSummary({ catalogue: c, indexNumber, validity, categories, locale, t }: Props) {
  const category = categories.find((cat) => cat.id === c.categoryId);
  const rows: [string, string][] = [
    [t('issued.field.indexNumber'), indexNumber ?? t('issued.field.indexNumberPending')],
    [t('issued.field.issuingBody'), c.issuingBody || '—'],
    [t('issued.field.documentNumber'), c.documentNumber || '—'],
    [t('issued.field.writtenOn'), c.writtenOn ?? '—'],
    [t('issued.field.effectiveOn'), c.effectiveOn ?? '—'],
    [t('issued.field.validUntil'), c.validUntil ?? '—'],
    [t('issued.field.validity'), t(`issued.validity.${validity}` as MessageKey)],
    [
      t('issued.field.category'),
      category
        ? locale === 'zh'
          ? category.nameZh || category.name
          : category.name
        : t('issued.field.noCategory'),
    ],
    [
      t('issued.field.disclosure'),
      [t(`issued.disclosure.${c.disclosure}` as MessageKey), c.disclosureReason].filter(Boolean).join(' — '),
    ],
  ];
  return (
    <dl
      className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]"
      data-testid="catalogue-summary"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted">{label}</dt>
          <dd className="text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
