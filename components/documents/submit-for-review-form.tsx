'use client';

import { startTransition, useActionState, useRef, useState, useTransition, type RefObject } from 'react';
import { idle } from '@/actions/_shared/action-state';
import { saveRevision } from '@/actions/save-revision';
import { submitForReview } from '@/actions/submit-for-review';

export type SubmitLabels = {
  submit: string;
  submitting: string;
  unsavedTitle: string;
  unsavedBody: string;
  saveAndSubmit: string;
  savingAndSubmitting: string;
  discardAndSubmit: string;
  cancel: string;
  /** "Saved as revision {number}, but not submitted: {reason}". */
  savedNotSubmitted: string;
};

type Props = {
  documentId: number;
  /** The saved revision the editor shows: the one submitted, unless a save and submit makes a newer one. */
  revisionId: number | null;
  /** Whether the editor holds text that differs from that revision. */
  dirty: boolean;
  /** The editor's save form, whose fields a "save and submit" sends. */
  saveForm?: RefObject<HTMLFormElement | null>;
  /** Puts the saved revision's text back in the editor. */
  onDiscard?: () => void;
  labels: SubmitLabels;
};

const buttonClass =
  'inline-flex items-center rounded border px-4 py-2 text-sm font-medium disabled:cursor-wait disabled:opacity-70';
const primary = `${buttonClass} border-accent bg-accent text-inverse hover:bg-accent-strong`;
const secondary = `${buttonClass} border-line-strong bg-surface text-ink hover:bg-surface-muted`;

/**
 * "Submit for review". Only a saved revision can be submitted, so with unsaved text in the editor it asks
 * first: save it and submit that revision, discard it and submit the saved one, or go back. Every
 * submission names the revision meant, and the server refuses it if another has become current.
 */
export function SubmitForReviewForm({ documentId, revisionId, dirty, saveForm, onDiscard, labels }: Props) {
  const [state, submitAction, submitting] = useActionState(submitForReview, idle);
  const [saving, startSaving] = useTransition();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedNumber, setSavedNumber] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const submitRevision = (id: number | null) => {
    const form = new FormData();
    form.set('documentId', String(documentId));
    if (id !== null) form.set('expectedRevisionId', String(id));
    startTransition(() => submitAction(form));
  };

  const saveAndSubmit = () =>
    startSaving(async () => {
      setSaveError(null);
      setSavedNumber(null);
      if (!saveForm?.current) return;
      const saved = await saveRevision(idle, new FormData(saveForm.current));
      dialog.current?.close();
      if (saved.status !== 'ok' || typeof saved.data?.revisionId !== 'number') {
        // Refused (someone else saved first, a field is missing): nothing is submitted.
        setSaveError(saved.message ?? '');
        return;
      }
      setSavedNumber(typeof saved.data.number === 'number' ? saved.data.number : null);
      submitRevision(saved.data.revisionId);
    });

  const discardAndSubmit = () => {
    setSaveError(null);
    setSavedNumber(null);
    onDiscard?.();
    dialog.current?.close();
    submitRevision(revisionId);
  };

  const busy = submitting || saving;
  const error =
    saveError ??
    (state.status === 'error' && state.message
      ? savedNumber !== null
        ? labels.savedNotSubmitted.replace('{number}', String(savedNumber)).replace('{reason}', state.message)
        : state.message
      : null);

  return (
    <form
      aria-label={labels.submit}
      onSubmit={(event) => {
        event.preventDefault();
        setSaveError(null);
        setSavedNumber(null);
        if (dirty) dialog.current?.showModal();
        else submitRevision(revisionId);
      }}
    >
      <button type="submit" disabled={busy} aria-disabled={busy} className={primary}>
        {saving ? labels.savingAndSubmitting : submitting ? labels.submitting : labels.submit}
      </button>
      {error ? (
        <p
          role="alert"
          data-form-message="error"
          className="mt-3 rounded border border-danger-line bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          {error}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={`submit-unsaved-title-${documentId}`}
        aria-describedby={`submit-unsaved-body-${documentId}`}
        className="m-auto max-w-lg rounded border border-line bg-surface p-6 shadow-xl backdrop:bg-ink/40"
      >
        <h2 id={`submit-unsaved-title-${documentId}`} className="mb-2 text-lg font-semibold">
          {labels.unsavedTitle}
        </h2>
        <p id={`submit-unsaved-body-${documentId}`} className="mb-4 text-sm text-ink">
          {labels.unsavedBody}
        </p>
        <div className="flex flex-wrap gap-3">
          {/* The first button takes the focus when the dialog opens. */}
          <button type="button" autoFocus disabled={busy} className={primary} onClick={saveAndSubmit}>
            {saving ? labels.savingAndSubmitting : labels.saveAndSubmit}
          </button>
          <button type="button" disabled={busy} className={secondary} onClick={discardAndSubmit}>
            {labels.discardAndSubmit}
          </button>
          <button type="button" disabled={busy} className={secondary} onClick={() => dialog.current?.close()}>
            {labels.cancel}
          </button>
        </div>
      </dialog>
    </form>
  );
}
