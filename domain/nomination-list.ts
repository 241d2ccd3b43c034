import type { ContentLanguage, DecisionKind, ListDisclosure } from './vocabulary';
import { LIST_DECISION_KINDS } from './vocabulary';

// The entries of a list a meeting adopted (a nomination list, a naming): the fields the public may read,
// and the secretariat's private ones, which no public text is ever made from.

export type PublicEntryFields = { name: string; unitOrPlace: string; reason: string };
export type PrivateEntryFields = { idNumber: string; phone: string; address: string; notes: string };
export type ListEntry = PublicEntryFields & PrivateEntryFields;

export const isListDecision = (kind: DecisionKind): boolean =>
  (LIST_DECISION_KINDS as readonly DecisionKind[]).includes(kind);

/** Only the public fields of each entry, copied field by field: a private one cannot ride along. */
export function publicFieldsOf(entries: readonly PublicEntryFields[]): PublicEntryFields[] {
  return entries.map(({ name, unitOrPlace, reason }) => ({ name, unitOrPlace, reason }));
}

/**
 * The list's public text (Markdown) in a language, as its disclosure allows: every public field, the names
 * alone, or nothing (null). Made from the public fields only.
 */
export function publicListText(
  entries: readonly PublicEntryFields[],
  disclosure: ListDisclosure,
  language: ContentLanguage,
): string | null {
  const shown = publicFieldsOf(entries).filter((e) => e.name.trim());
  if (disclosure === 'not_disclosed' || shown.length === 0) return null;
  if (disclosure === 'names_only') {
    const names = shown.map((e) => e.name.trim());
    return language === 'zh' ? `名单：${names.join('、')}。` : `The list: ${names.join(', ')}.`;
  }
  return shown
    .map((e) => {
      const unit = e.unitOrPlace.trim();
      const reason = e.reason.trim();
      if (language === 'zh')
        return `- ${e.name.trim()}${unit ? `（${unit}）` : ''}${reason ? `：${reason}` : ''}`;
      return `- ${e.name.trim()}${unit ? `, ${unit}` : ''}${reason ? `: ${reason}` : ''}`;
    })
    .join('\n');
}
