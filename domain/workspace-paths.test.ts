import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_SECTIONS } from './workspace-paths';

describe('the workspace sections', () => {
  it('name every top-level folder of the workspace, or the proxy would send its pages to the public site', () => {
    const folders = readdirSync(path.join(process.cwd(), 'app', '(staff)', '(workspace)'), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...WORKSPACE_SECTIONS].sort());
  });
});
