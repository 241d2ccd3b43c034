// The number issued minutes take (〔2024〕3号): the next serial of their body and year, in one statement.
// SQLite runs a statement as one write, and the primary key (body, year, serial) refuses a serial taken
// twice, so two processes issuing at once get different numbers, never the same one. A document keeps
// the number it was first given (the unique document id makes a second insert do nothing).
//
// Plain SQL with named parameters, so a bare better-sqlite3 connection (the concurrency test's
// workers) runs exactly what the server runs.
export const ASSIGN_MINUTES_NUMBER_SQL = `
  INSERT INTO minutes_numbers (body_id, year, serial, document_id, issued_at)
  SELECT @bodyId, @year, coalesce(max(serial), 0) + 1, @documentId, @issuedAt
  FROM minutes_numbers WHERE body_id = @bodyId AND year = @year
  ON CONFLICT (document_id) DO NOTHING`;

/** The parameters of ASSIGN_MINUTES_NUMBER_SQL. */
export const assignMinutesNumberParams = (
  bodyId: number,
  year: number,
  documentId: number,
  issuedAt: Date,
) => ({ bodyId, year, documentId, issuedAt: issuedAt.getTime() });
