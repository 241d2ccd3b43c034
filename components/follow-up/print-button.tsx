'use client';

/** Opens the browser's print dialog (the print stylesheet hides the workspace around the notice). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-line-strong bg-surface px-4 py-2 text-sm hover:bg-surface-muted print:hidden"
    >
      {label}
    </button>
  );
}
