import type Database from 'better-sqlite3';

// drizzle prepares every query's SQL on every call. Compiling a statement is a large part of a small
// query's cost (about 30 % of the CPU of the workflow's write functions, more where a table's triggers are
// compiled into each UPDATE), and the app sends the same few hundred SQL texts over and over. The
// connection drizzle is given hands back the statement it prepared before for the same text.
//
// Safe because drizzle prepares and runs a query in one synchronous call, so no two uses of a statement
// overlap, and because the one mode drizzle changes is reset on each reuse: it switches a statement to
// `raw()` (rows as arrays) when it maps columns itself, and runs other queries expecting objects.
// Code that keeps statements of its own prepares them on the raw connection, not through this one.
const MAX_STATEMENTS = 500;

/** The connection, for drizzle, with statements prepared once per SQL text (the last 500 texts kept). */
export function withStatementCache(sqlite: Database.Database): Database.Database {
  const statements = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const kept = statements.get(source);
    if (kept) {
      // Most recently used last, so the first key is the one to drop.
      statements.delete(source);
      statements.set(source, kept);
      if (kept.reader) kept.raw(false);
      return kept;
    }
    const statement = sqlite.prepare(source);
    statements.set(source, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
