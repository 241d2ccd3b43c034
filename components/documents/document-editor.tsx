'use client';

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { idle } from '@/actions/_shared/action-state';
import { saveRevision } from '@/actions/save-revision';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatTimeOfDay } from '@/domain/format';
import type { Locale } from '@/messages';
import { MarkdownBody } from './markdown-body';
import { SubmitForReviewForm, type SubmitLabels } from './submit-for-review-form';

const AUTOSAVE_EVERY_MS = 3_000;
const HEARTBEAT_EVERY_MS = 60_000;

export type EditorLabels = {
  headline: string;
  body: string;
  bodyHint: string;
  save: string;
  saving: string;
  autosaved: string;
  autosaveFailed: string;
  restoredNotice?: string;
  discard: string;
  words: string;
  /** The live preview of the Markdown beside the text. */
  preview: string;
  /** Shown while the editor holds no text at all. */
  empty: string;
  /** A translation's switch between the original and the preview beside its text. */
  besideText: string;
  showOriginal: string;
};

type Props = {
  documentId: number;
  baseRevisionId: number | null;
  /** The language the document is written in (a release per language), marked on its inputs. */
  language: string;
  saved: { headline: string; body: string };
  /** The user's own unsaved text from an earlier visit, already put back in the editor. */
  scratch: { headline: string; body: string } | null;
  labels: EditorLabels;
  /** The site's time zone and the reader's language, in which the autosave's time is written. */
  timeZone: string;
  locale: Locale;
  /** "Submit for review", offered when the document may be submitted; it asks first about unsaved text. */
  submit?: SubmitLabels;
  /** A translation's editor: the original's text shown beside it, and that revision's id, saved with it. */
  original?: { revisionId: number | null; beside: ReactNode };
};

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The document editor. Its text is kept by the browser (controlled inputs), so a refused save — someone
 * else saved first — leaves it on screen; it is also autosaved every few seconds and when the page is
 * left, as the user's scratch copy on the server, which is offered back on return.
 */
export function DocumentEditor({
  documentId,
  baseRevisionId,
  language,
  saved,
  scratch,
  labels,
  timeZone,
  locale,
  submit,
  original,
}: Props) {
  const [state, formAction] = useActionState(saveRevision, idle);
  const saveForm = useRef<HTMLFormElement>(null);
  // A translation shows the original beside its text; the preview takes its place when asked for.
  const [beside, setBeside] = useState<'original' | 'preview'>(original ? 'original' : 'preview');
  const [text, setText] = useState(scratch ?? saved);
  const [notice, setNotice] = useState(Boolean(scratch));
  const [autosave, setAutosave] = useState<{ at?: Date; failed?: boolean }>({});

  // A new revision arrived (our save, a restore, a draft from the records): take it, unless the user has
  // typed something else meanwhile.
  const [syncedBase, setSyncedBase] = useState(baseRevisionId);
  const [syncedText, setSyncedText] = useState(saved);
  if (baseRevisionId !== syncedBase) {
    const untouched = text.headline === syncedText.headline && text.body === syncedText.body;
    setSyncedBase(baseRevisionId);
    setSyncedText(saved);
    if (untouched) setText(saved);
  }

  const latest = useRef({
    text,
    baseRevisionId,
    sent: JSON.stringify({ baseRevisionId, ...(scratch ?? saved) }),
  });
  useEffect(() => {
    latest.current.text = text;
    latest.current.baseRevisionId = baseRevisionId;
  }, [text, baseRevisionId]);

  useEffect(() => {
    const url = `/api/documents/${documentId}/editing`;
    const payload = () =>
      JSON.stringify({ baseRevisionId: latest.current.baseRevisionId, ...latest.current.text });
    const post = async (body: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (!response.ok) throw new Error(String(response.status));
    };
    const autosaveIfChanged = async () => {
      const body = payload();
      if (body === latest.current.sent) return;
      try {
        await post(body);
        latest.current.sent = body;
        setAutosave({ at: new Date() });
      } catch {
        setAutosave((a) => ({ ...a, failed: true }));
      }
    };
    const heartbeat = () => post(JSON.stringify({ heartbeat: true })).catch(() => undefined);
    const leave = () => {
      if (payload() !== latest.current.sent)
        navigator.sendBeacon(url, new Blob([payload()], { type: 'application/json' }));
    };
    const onVisibility = () => document.visibilityState === 'hidden' && leave();
    void heartbeat();
    const autosaveTimer = setInterval(() => void autosaveIfChanged(), AUTOSAVE_EVERY_MS);
    const heartbeatTimer = setInterval(() => void heartbeat(), HEARTBEAT_EVERY_MS);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(autosaveTimer);
      clearInterval(heartbeatTimer);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [documentId]);

  const dirty = text.headline !== saved.headline || text.body !== saved.body;
  const preview = (
    <section aria-label={labels.preview} className="rounded border border-line-subtle bg-canvas p-4">
      <h3 className="mb-2 text-sm font-medium text-muted">{labels.preview}</h3>
      <div lang={language}>
        <MarkdownBody markdown={text.body} className="prose-release font-serif" />
      </div>
    </section>
  );

  return (
    <>
      <form
        ref={saveForm}
        action={formAction}
        className="rounded border border-line bg-surface p-6"
        aria-label={labels.save}
      >
        {notice && labels.restoredNotice ? (
          <div
            role="status"
            className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded border border-warning-line bg-warning-soft p-3 text-sm"
          >
            <span>{labels.restoredNotice}</span>
            <button
              type="button"
              className="rounded border border-line-strong bg-surface px-3 py-1"
              onClick={() => {
                setText(saved);
                setNotice(false);
              }}
            >
              {labels.discard}
            </button>
          </div>
        ) : null}
        {!text.headline.trim() && !text.body.trim() ? (
          <p className="mb-4 text-muted">{labels.empty}</p>
        ) : null}
        <input type="hidden" name="documentId" value={documentId} />
        <input type="hidden" name="baseRevisionId" value={baseRevisionId ?? ''} />
        {original ? (
          <input type="hidden" name="translatedFromRevisionId" value={original.revisionId ?? ''} />
        ) : null}
        <div className="mb-4">
          <label htmlFor="editor-headline" className="block text-sm font-medium">
            {labels.headline}
          </label>
          <input
            id="editor-headline"
            name="headline"
            lang={language}
            required
            value={text.headline}
            onChange={(e) => setText({ ...text, headline: e.target.value })}
            aria-invalid={Boolean(state.fieldErrors?.headline)}
            className="mt-1 block w-full rounded border border-line-strong px-3 py-2"
          />
          {state.fieldErrors?.headline ? (
            <p className="mt-1 text-sm font-medium text-danger">{state.fieldErrors.headline}</p>
          ) : null}
        </div>
        <div className="mb-2 grid gap-4 lg:grid-cols-2">
          {/* The original first: on narrow screens it stacks above the translation being written. */}
          {original ? (
            <div>
              <div role="group" aria-label={labels.besideText} className="mb-2 flex gap-2">
                {(['original', 'preview'] as const).map((choice) => (
                  <button
                    key={choice}
                    type="button"
                    aria-pressed={beside === choice}
                    onClick={() => setBeside(choice)}
                    className={`rounded border px-3 py-1 text-sm ${beside === choice ? 'border-accent bg-accent text-inverse' : 'border-line-strong bg-surface text-ink'}`}
                  >
                    {choice === 'original' ? labels.showOriginal : labels.preview}
                  </button>
                ))}
              </div>
              {beside === 'original' ? original.beside : preview}
            </div>
          ) : null}
          <div>
            <label htmlFor="editor-body" className="block text-sm font-medium">
              {labels.body}
            </label>
            <textarea
              id="editor-body"
              name="body"
              lang={language}
              required
              rows={18}
              value={text.body}
              onChange={(e) => setText({ ...text, body: e.target.value })}
              aria-describedby="editor-body-hint"
              aria-invalid={Boolean(state.fieldErrors?.body)}
              className="mt-1 block w-full rounded border border-line-strong px-3 py-2 font-serif leading-relaxed"
            />
            <p id="editor-body-hint" className="mt-1 text-sm text-muted">
              {labels.bodyHint}
            </p>
            {state.fieldErrors?.body ? (
              <p className="mt-1 text-sm font-medium text-danger">{state.fieldErrors.body}</p>
            ) : null}
          </div>
          {original ? null : preview}
        </div>
        <p className="mb-4 flex flex-wrap gap-4 text-sm text-muted">
          <span>{labels.words.replace('{count}', String(countWords(text.body)))}</span>
          <span aria-live="polite">
            {autosave.failed
              ? labels.autosaveFailed
              : autosave.at
                ? labels.autosaved.replace('{time}', formatTimeOfDay(autosave.at, locale, timeZone))
                : ''}
          </span>
        </p>
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
        {state.message ? (
          <p
            role={state.status === 'error' ? 'alert' : 'status'}
            className={`mt-3 rounded border px-3 py-2 text-sm ${state.status === 'error' ? 'border-danger-line bg-danger-soft text-danger' : 'border-success-line bg-success-soft text-success'}`}
          >
            {state.message}
          </p>
        ) : null}
      </form>
      {submit ? (
        <SubmitForReviewForm
          documentId={documentId}
          revisionId={baseRevisionId}
          dirty={dirty}
          saveForm={saveForm}
          onDiscard={() => {
            setText(saved);
            setNotice(false);
          }}
          labels={submit}
        />
      ) : null}
    </>
  );
}
