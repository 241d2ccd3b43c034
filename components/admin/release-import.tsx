'use client';

import { startTransition, useActionState, useId, useState, type FormEvent } from 'react';
import { importReleases } from '@/actions/import-releases';
import { previewReleaseImport } from '@/actions/preview-release-import';
import type { FilePreview, ReleaseImportState } from '@/actions/_shared/release-files';
import { FieldFrame } from '@/components/ui/fields';

/** The page's strings, in the reader's language (looked up on the server). */
export type ReleaseImportLabels = Record<
  | 'files'
  | 'filesHint'
  | 'year'
  | 'yearHint'
  | 'preview'
  | 'previewing'
  | 'noFiles'
  | 'previewTitle'
  | 'headline'
  | 'body'
  | 'date'
  | 'number'
  | 'chair'
  | 'chairTitle'
  | 'verb'
  | 'purpose'
  | 'publishedOn'
  | 'decisions'
  | 'warnings'
  | 'paragraphs'
  | 'noDecisions'
  | 'willCreate'
  | 'alreadyImported'
  | 'import'
  | 'importing'
  | 'resultsTitle'
  | 'formLabel',
  string
> & { kinds: Record<string, string>; outcomes: Record<string, string> };

type Sent = { names: string[]; texts: string[]; year: string };

const idle: ReleaseImportState = { status: 'idle' };

function filesForm(sent: Sent, keep: (name: string) => boolean): FormData {
  const form = new FormData();
  sent.names.forEach((name, i) => {
    if (!keep(name)) return;
    form.append('fileName[]', name);
    form.append('text[]', sent.texts[i] ?? '');
  });
  form.append('year', sent.year);
  return form;
}

/**
 * Upload, preview, import. The browser reads the chosen files and sends their text; the preview shows
 * what the server read from each, and "Import" sends exactly the previewed texts (files that could not be
 * read are left out). A new preview clears the previous results and errors.
 */
export function ReleaseImport({ labels }: { labels: ReleaseImportLabels }) {
  const ids = { files: useId(), year: useId() };
  const [preview, previewAction, previewing] = useActionState(previewReleaseImport, idle);
  const [outcome, importAction, importing] = useActionState(importReleases, idle);
  const [sent, setSent] = useState<Sent | null>(null);
  const [round, setRound] = useState(0);
  const [importedRound, setImportedRound] = useState(-1);
  const [localError, setLocalError] = useState<string | null>(null);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem('files') as HTMLInputElement;
    const year = (form.elements.namedItem('year') as HTMLInputElement).value.trim();
    const files = [...(input.files ?? [])];
    setRound((r) => r + 1);
    if (files.length === 0) {
      setLocalError(labels.noFiles);
      setSent(null);
      return;
    }
    setLocalError(null);
    const next = {
      names: files.map((f) => f.name),
      texts: await Promise.all(files.map((f) => f.text())),
      year,
    };
    setSent(next);
    startTransition(() => previewAction(filesForm(next, () => true)));
  }

  function onImport() {
    if (!sent) return;
    const importable = new Set((preview.previews ?? []).filter((p) => p.ok).map((p) => p.fileName));
    setImportedRound(round);
    startTransition(() => importAction(filesForm(sent, (name) => importable.has(name))));
  }

  const previews = localError ? [] : (preview.previews ?? []);
  const showPreview = !localError && sent !== null;
  const importable = previews.filter((p) => p.ok);
  const showOutcome = importedRound === round && outcome.status !== 'idle';
  const yearError = showPreview ? preview.fieldErrors?.year : undefined;

  return (
    <>
      <form
        onSubmit={onPreview}
        aria-label={labels.formLabel}
        className="mb-8 max-w-xl rounded border border-line bg-surface p-6"
      >
        <FieldFrame id={ids.files} label={labels.files} hint={labels.filesHint}>
          <input
            id={ids.files}
            name="files"
            type="file"
            multiple
            accept=".txt,text/plain"
            aria-describedby={`${ids.files}-hint`}
            className="mt-1 block w-full text-sm"
          />
        </FieldFrame>
        <FieldFrame id={ids.year} label={labels.year} hint={labels.yearHint} error={yearError}>
          <input
            id={ids.year}
            name="year"
            inputMode="numeric"
            pattern="\d{4}"
            maxLength={4}
            aria-describedby={yearError ? `${ids.year}-hint ${ids.year}-error` : `${ids.year}-hint`}
            aria-invalid={yearError ? true : undefined}
            className="mt-1 block w-32 rounded border border-line-strong bg-surface px-3 py-2 text-base"
          />
        </FieldFrame>
        <button
          type="submit"
          disabled={previewing}
          aria-disabled={previewing}
          className="inline-flex items-center rounded border border-accent bg-accent px-4 py-2 text-sm font-medium text-inverse hover:bg-accent-strong disabled:cursor-wait disabled:opacity-70"
        >
          {previewing ? labels.previewing : labels.preview}
        </button>
        {localError ? <Message status="error" text={localError} /> : null}
        {showPreview && !previewing && preview.message ? (
          <Message status={preview.status} text={preview.message} />
        ) : null}
      </form>

      {showPreview && !previewing && previews.length > 0 ? (
        <section aria-label={labels.previewTitle} className="mb-8">
          <h2 className="mb-4 text-xl font-semibold">{labels.previewTitle}</h2>
          <div className="space-y-6">
            {previews.map((p) => (
              <PreviewCard key={p.fileName} preview={p} labels={labels} />
            ))}
          </div>
          {importable.length > 0 ? (
            <button
              type="button"
              onClick={onImport}
              disabled={importing}
              aria-disabled={importing}
              className="mt-6 inline-flex items-center rounded border border-accent bg-accent px-4 py-2 text-sm font-medium text-inverse hover:bg-accent-strong disabled:cursor-wait disabled:opacity-70"
            >
              {importing ? labels.importing : labels.import}
            </button>
          ) : null}
        </section>
      ) : null}

      {showOutcome && !importing ? (
        <section aria-label={labels.resultsTitle}>
          <h2 className="mb-4 text-xl font-semibold">{labels.resultsTitle}</h2>
          {outcome.message ? <Message status={outcome.status} text={outcome.message} /> : null}
          <ul className="mt-4 space-y-2">
            {(outcome.results ?? []).map((r) => (
              <li
                key={r.fileName}
                data-import-result={r.status}
                className={`rounded border p-3 text-sm ${
                  r.status === 'error' ? 'border-danger-line bg-danger-soft' : 'border-line-subtle bg-surface'
                }`}
              >
                <p>{r.message}</p>
                {r.url ? (
                  <a href={r.url} className="text-link underline">
                    {r.linkText}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Message({ status, text }: { status: ReleaseImportState['status']; text: string }) {
  const error = status === 'error';
  return (
    <p
      role={error ? 'alert' : 'status'}
      data-form-message={status}
      className={`mt-3 rounded border px-3 py-2 text-sm ${
        error
          ? 'border-danger-line bg-danger-soft text-danger'
          : 'border-success-line bg-success-soft text-success'
      }`}
    >
      {text}
    </p>
  );
}

function PreviewCard({ preview: p, labels }: { preview: FilePreview; labels: ReleaseImportLabels }) {
  if (!p.ok) {
    return (
      <article
        aria-label={p.fileName}
        data-preview="error"
        className="rounded border border-danger-line bg-danger-soft p-4 text-sm text-danger"
      >
        <h3 className="mb-1 font-semibold">{p.fileName}</h3>
        <p>{p.message}</p>
      </article>
    );
  }
  const rows: [string, string][] = [
    [labels.headline, p.headline],
    [labels.body, `${p.meetingName} · ${p.bodyName}`],
    [labels.date, p.heldOn],
    [labels.number, String(p.sessionNumber)],
    [labels.chair, p.chairName],
    [labels.chairTitle, p.chairTitle],
    [labels.verb, p.verb],
    [labels.purpose, p.purpose],
    [labels.publishedOn, p.publishedOn],
    [labels.paragraphs, String(p.paragraphs)],
  ];
  return (
    <article
      aria-label={p.fileName}
      data-preview={p.status}
      className="rounded border border-line bg-surface p-4 text-sm"
    >
      <h3 className="mb-1 font-semibold">{p.fileName}</h3>
      <p className="mb-3 text-muted">
        {p.status === 'already_imported' ? labels.alreadyImported : labels.willCreate}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-ink">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mt-3 font-medium">{labels.decisions}</h4>
      {p.decisions.length === 0 ? (
        <p>{labels.noDecisions}</p>
      ) : (
        <ol className="ml-5 list-decimal">
          {p.decisions.map((d) => (
            <li key={d.title}>
              {d.title}{' '}
              <span className="text-muted">
                ({labels.kinds[d.kind] ?? d.kind}, {labels.outcomes[d.outcome] ?? d.outcome})
              </span>
            </li>
          ))}
        </ol>
      )}
      {p.warnings.length > 0 ? (
        <>
          <h4 className="mt-3 font-medium">{labels.warnings}</h4>
          <ul className="ml-5 list-disc text-warning">
            {p.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
