import { TextArea, TextField } from '@/components/ui/fields';
import { otherLanguage } from '@/domain/meeting-languages';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

type Props = {
  /** The English field's name; the Chinese one is the same with `Zh` after it. */
  name: string;
  label: MessageKey;
  /** One hint for both inputs, or one per language (when an example is a value in that language). */
  hint?: MessageKey | Record<ContentLanguage, MessageKey>;
  /** The body's original language, whose input comes first. */
  original: ContentLanguage;
  values?: { en: string; zh: string };
  rows?: number;
  t: Translate;
};

/**
 * A record field a release quotes, as two inputs: the original language's first, then its translation's.
 * Each says its language in its label and carries it as `lang`, so that spell checkers and screen readers
 * read the value in its own language.
 */
export function BilingualField({ name, label, hint, original, values, rows, t }: Props) {
  return (
    <>
      {[original, otherLanguage(original)].map((language) => {
        const common = {
          name: language === 'zh' ? `${name}Zh` : name,
          label: t('bilingual.fieldIn', { field: t(label), language: t(`language.${language}`) }),
          hint: hint ? t(typeof hint === 'string' ? hint : hint[language]) : undefined,
          lang: language,
          defaultValue: values?.[language],
        };
        return rows ? (
          <TextArea key={language} rows={rows} {...common} />
        ) : (
          <TextField key={language} {...common} />
        );
      })}
    </>
  );
}
