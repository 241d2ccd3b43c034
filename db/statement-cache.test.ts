import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

const things = sqliteTable('things', { id: integer('id').primaryKey(), name: text('name').notNull() });
let sqlite: Database.Database;

beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.exec(
    "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO things VALUES (1, 'one'), (2, 'two');",
  );
});
afterEach(() => sqlite.close());

describe('withStatementCache', () => {
  it('prepares a SQL text once and hands back the same statement', () => {
    const cached = withStatementCache(sqlite);
    const a = cached.prepare('SELECT name FROM things WHERE id = ?');
    expect(cached.prepare('SELECT name FROM things WHERE id = ?')).toBe(a);
    expect(cached.prepare('SELECT id FROM things')).not.toBe(a);
  });

  it('hands back a statement drizzle switched to arrays as one that gives objects again', () => {
    const db = drizzle(withStatementCache(sqlite));
    const query = db.select({ id: things.id, name: things.name }).from(things).where(eq(things.id, 2));
    // The builder maps columns itself, so drizzle runs the statement in raw() mode (rows as arrays).
    expect(query.all()).toEqual([{ id: 2, name: 'two' }]);
    // A query of the same text without a field map (drizzle's db.all(sql`…`)) prepares and expects objects.
    const statement = db.$client.prepare(query.toSQL().sql);
    expect(statement.all(2)).toEqual([{ id: 2, name: 'two' }]);
    statement.raw(true);
    expect(db.$client.prepare(query.toSQL().sql).get(2)).toEqual({ id: 2, name: 'two' });
  });

  it('writes, runs transactions and reads its properties through the real connection', () => {
    const cached = withStatementCache(sqlite);
    const db = drizzle(cached);
    db.transaction((tx) => {
      tx.insert(things).values({ id: 3, name: 'three' }).run();
      tx.update(things).set({ name: 'THREE' }).where(eq(things.id, 3)).run();
    });
    expect(db.select().from(things).where(eq(things.id, 3)).get()).toEqual({ id: 3, name: 'THREE' });
    expect(cached.open).toBe(true);
    expect(cached.inTransaction).toBe(false);
  });

  it('keeps the most recently used 500 texts', () => {
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('SELECT 0');
    const kept = cached.prepare('SELECT 1');
    for (let i = 2; i < 500; i++) cached.prepare(`SELECT ${i}`);
    expect(cached.prepare('SELECT 0')).toBe(first); // used again: now the most recent
    cached.prepare('SELECT 500'); // one too many: the least recently used ('SELECT 1') goes
    expect(cached.prepare('SELECT 1')).not.toBe(kept);
    expect(cached.prepare('SELECT 0')).toBe(first);
  });
});
