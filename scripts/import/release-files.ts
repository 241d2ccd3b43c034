// The release files an import reads: files named on the command line, and every .txt file under a
// directory named there (recursively, hidden files and folders left out), in a stable order.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type ReleaseFile = { path: string; size: number; mtimeMs: number };

export function releaseFiles(args: readonly string[]): ReleaseFile[] {
  const found: string[] = [];
  for (const arg of args) {
    const stat = statSync(arg);
    if (!stat.isDirectory()) {
      found.push(path.resolve(arg));
      continue;
    }
    const names = readdirSync(arg, { recursive: true, encoding: 'utf8' }) as string[];
    for (const name of names.sort()) {
      if (name.split(path.sep).some((part) => part.startsWith('.'))) continue;
      if (!/\.txt$/i.test(name)) continue;
      const file = path.resolve(arg, name);
      if (statSync(file).isFile()) found.push(file);
    }
  }
  return [...new Set(found)].map((file) => {
    const { size, mtimeMs } = statSync(file);
    return { path: file, size, mtimeMs };
  });
}
