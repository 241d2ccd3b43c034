'use client';

import { useEffect, useState } from 'react';

/**
 * The page's address and today's date, for the printed footer: known only in the browser, so written after
 * hydration (text a script wrote into the server's markup before it would break hydration, and with it the
 * reading options set on <html>).
 */
export function PrintAddress() {
  const [text, setText] = useState('');
  useEffect(() => {
    const fill = () =>
      setText(`${location.href} · ${new Date().toLocaleDateString(document.documentElement.lang)}`);
    fill();
    addEventListener('beforeprint', fill);
    return () => removeEventListener('beforeprint', fill);
  }, []);
  return <span id="print-address">{text}</span>;
}
