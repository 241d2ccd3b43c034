import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { baseURL } from '../../playwright.config';

/** A form's fields by name, or as name-value pairs when a name repeats (a list of files). */
/** A form's fields: text, or a file (a Blob or File) where the form uploads one. */
export type FormFields = Record<string, string | Blob> | [string, string | Blob][];

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** A server action's id, read from the build's server-reference manifest. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(
      path.join(
        __dirname,
        '../..',
        process.env.NEXT_DIST_DIR ?? '.next',
        'server/server-reference-manifest.json',
      ),
      'utf8',
    ),
  ) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.filename === filename && e.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

/**
 * Calls a `useActionState` form action directly, as a hostile client would: no page, no button, just the
 * request the browser would send (React's reply encoding: the root array under "0", the FormData's fields under "_1_").
 * Returns the response text, which carries the action's result, and the headers (a redirect comes as
 * `x-action-redirect`).
 */
export async function callFormAction(
  request: APIRequestContext,
  pagePath: string,
  id: string,
  fields: FormFields,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: Record<string, string> }> {
  // The root must come last: the server decodes as the parts stream in.
  const multipart = new FormData();
  for (const [key, value] of Array.isArray(fields) ? fields : Object.entries(fields))
    multipart.append(`_1_${key}`, value);
  multipart.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await request.post(pagePath, {
    headers: { 'Next-Action': id, Origin: baseURL, Accept: 'text/x-component', ...headers },
    multipart,
  });
  return { status: response.status(), text: await response.text(), headers: response.headers() };
}
