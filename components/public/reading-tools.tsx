'use client';

import { useState, useSyncExternalStore } from 'react';

// The reading tools of the public pages: text size, elder mode (large text, high contrast), print and copy
// link. The choice is kept in localStorage and applied before the page paints (reading-preferences.ts).
// The buttons read the choice from the page itself (<html data-font-size data-elder>), the one place it
// is in force: the server cannot know it, so the page is rendered with the defaults, and the pressed
// buttons follow the reader's choice as soon as the page hydrates (a reload included).

type Size = 'smaller' | 'normal' | 'larger';
type Labels = {
  group: string;
  smaller: string;
  normal: string;
  larger: string;
  elder: string;
  print: string;
  copyLink: string;
  copied: string;
};

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
const sizeInForce = (): Size => (document.documentElement.dataset.fontSize as Size | undefined) ?? 'normal';
const elderInForce = () => document.documentElement.dataset.elder === 'on';

function save(size: Size, elder: boolean) {
  const root = document.documentElement;
  root.dataset.fontSize = size;
  if (elder) root.dataset.elder = 'on';
  else delete root.dataset.elder;
  try {
    localStorage.setItem('gazette-reading', JSON.stringify({ size, elder }));
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
  for (const listener of listeners) listener();
}

export function ReadingTools({ labels }: { labels: Labels }) {
  const size = useSyncExternalStore(subscribe, sizeInForce, () => 'normal' as const);
  const elder = useSyncExternalStore(subscribe, elderInForce, () => false);
  const [copied, setCopied] = useState(false);
  const button =
    'rounded border border-line-strong bg-surface px-3 py-1 text-sm hover:bg-surface-muted aria-pressed:bg-ink aria-pressed:text-inverse';

  const choose = (next: Size) => save(next, elder);
  return (
    <div
      role="group"
      aria-label={labels.group}
      className="reading-tools mt-4 flex flex-wrap items-center gap-2"
    >
      {(['smaller', 'normal', 'larger'] as const).map((s) => (
        <button key={s} type="button" className={button} aria-pressed={size === s} onClick={() => choose(s)}>
          {labels[s]}
        </button>
      ))}
      <button type="button" className={button} aria-pressed={elder} onClick={() => save(size, !elder)}>
        {labels.elder}
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        {labels.print}
      </button>
      <button
        type="button"
        className={button}
        onClick={async () => {
          await navigator.clipboard.writeText(window.location.href);
          setCopied(true);
        }}
      >
        {labels.copyLink}
      </button>
      <span role="status" className="text-sm text-muted">
        {copied ? labels.copied : ''}
      </span>
    </div>
  );
}
