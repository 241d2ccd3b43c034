import type { DiffPart } from '@/domain/diff';

/** A word-level difference: removed text struck through, added text underlined, each also named for screen readers. */
export function DiffView({
  parts,
  labels,
  lang,
}: {
  parts: DiffPart[];
  labels: { legend: string; none: string; added: string; removed: string };
  /** The language of the compared text, when it is not the page's. */
  lang?: string;
}) {
  if (!parts.some((p) => p.kind !== 'same')) return <p className="text-muted">{labels.none}</p>;
  return (
    <div>
      <p className="mb-2 text-sm text-muted">{labels.legend}</p>
      <div
        className="whitespace-pre-wrap rounded border border-line bg-surface p-4 font-serif leading-relaxed"
        data-testid="diff"
        lang={lang}
      >
        {parts.map((part, i) =>
          part.kind === 'added' ? (
            <ins
              key={i}
              className="bg-success-soft text-success underline decoration-2"
              aria-label={`${labels.added}: ${part.text}`}
            >
              {part.text}
            </ins>
          ) : part.kind === 'removed' ? (
            <del
              key={i}
              className="bg-danger-soft text-danger"
              aria-label={`${labels.removed}: ${part.text}`}
            >
              {part.text}
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
