// npm run bench:publish-statements — how many SQL statements one publish costs through the data layer, and
// what each reads or writes. A fresh demo database; a release drafted from its records, reviewed and approved;
// then one `publishDocument` with every statement counted (better-sqlite3 runs each through a Statement's
// run/get/all/iterate, or `exec` for plain SQL). Counts, not times: the figure is the same on any machine.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDb } from '@/db';
import { seedDemo } from '@/server/seed';
import { publishDocument } from '@/data/workflow';
import { approvedRelease } from '../scripts/bench/approved-release';
import { demoActor } from '../scripts/bench/demo-actor';

// The database is opened on first use, so the path set here is the one the data layer takes.
const dir = mkdtempSync(path.join(tmpdir(), 'gazette-publish-statements-'));
process.env.DATABASE_PATH = path.join(dir, 'bench.db');

const executed: string[] = [];
let counting = false;
function countCalls<T extends object>(
  prototype: T,
  names: (keyof T)[],
  sqlOf: (self: T, args: unknown[]) => string,
) {
  for (const name of names) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(prototype, name, {
      value: function (this: T, ...args: unknown[]) {
        if (counting) executed.push(sqlOf(this, args));
        return original.apply(this, args);
      },
    });
  }
}
const probe = new Database(':memory:');
const statementPrototype = Object.getPrototypeOf(probe.prepare('select 1')) as Database.Statement;
probe.close();
countCalls(statementPrototype, ['run', 'get', 'all', 'iterate'], (self) => self.source);
countCalls(Database.prototype, ['exec'], (_self, args) => String(args[0]));

async function main() {
  getDb();
  await seedDemo();
  const documentId = approvedRelease({
    sessionNumber: 26,
    heldOn: '2024-03-08',
    chairName: 'Huang Qiang',
    decisionTitle: 'Measures of Sichuan Province for Counting Statements',
  });

  const leader = demoActor('leader');
  counting = true;
  publishDocument(leader, documentId);
  counting = false;
  rmSync(dir, { recursive: true, force: true });

  const firstWords = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 110);
  const tally = new Map<string, number>();
  for (const sql of executed) tally.set(firstWords(sql), (tally.get(firstWords(sql)) ?? 0) + 1);
  console.log(`\nOne publish through the data layer (publishDocument): ${executed.length} SQL statements\n`);
  console.log('| times | statement (first 110 characters) |');
  console.log('|---|---|');
  for (const [sql, times] of [...tally].sort((a, b) => b[1] - a[1]))
    console.log(`| ${times} | \`${sql.replaceAll('|', '\\|')}\` |`);
  const chainReads = executed.filter((sql) => /from "review_chain_steps"/.test(sql)).length;
  console.log(`\nstatements: ${executed.length}; review chain read ${chainReads} times`);
}

void main();
