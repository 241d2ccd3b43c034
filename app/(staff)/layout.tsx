import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { translator } from '@/messages';
import '../globals.css';

const t = translator('en');

export const metadata: Metadata = {
  title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
  description: t('app.tagline'),
  robots: { index: false, follow: false },
};

/** The root of the staff side (sign-in and workspace); the workspace sets each user's language inside. */
export default function StaffRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          {t('common.skipToContent')}
        </a>
        {children}
      </body>
    </html>
  );
}
