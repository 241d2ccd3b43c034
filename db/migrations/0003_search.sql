-- Public search over published releases (read by data/search.ts).
--
-- What is indexed: exactly the published public press releases, each under its document id (rowid), with
-- the headline and body of its published revision. The triggers on `documents` below are the only writers,
-- so no code path can publish or withdraw without the index following in the same transaction:
--   AFTER INSERT             a document created already published is indexed;
--   AFTER UPDATE OF …        when publication state, published revision, kind or visibility changes, the
--                            old entry is removed and, if the document still qualifies, the current text is
--                            indexed (a republication replaces the entry, a withdrawal removes it);
--   AFTER DELETE             the entry goes.
-- Drafts never qualify: only `published_revision_id` of a published document is ever read.
--
-- Three FTS5 tables, one per kind of query term:
--   release_search_en       porter unicode61 remove_diacritics 2: words ("adopt" finds "adopted"), phrases.
--                           Keeps a copy of the text, for snippet(); every release is in it.
--   release_search_trigram  trigram: substrings of three or more characters, for terms containing CJK
--                           ("常务会议", "2024年"). Contentless: it only answers which rowids match.
--   release_search_bigram   the text's overlapping CJK bigrams (政府常务 → "政府 府常 常务 务"), tokenised by
--                           unicode61: a two-character term is one token lookup, a one-character term a
--                           prefix lookup ('1' prefix index). The last character of each CJK run is added as
--                           a single-character token, so every character starts some token. Contentless.
-- The CJK tables hold only releases whose text contains CJK (a CJK term cannot match any other text).
-- CJK here means U+3400–U+4DBF and U+4E00–U+9FFF; data/search.ts classifies query terms with the same ranges.
--
-- The bigrams are made in SQL (release_search_source.*_bigrams), so the triggers stay the one place. A
-- recursive CTE that peels one character at a time copies the rest of the text at every step (quadratic),
-- so the text is cut into 4096-character blocks and those into 64-character pieces, each overlapping the
-- next by one character so the bigram across the cut is kept; each piece is then walked one character at
-- a time. Measured: ~2 ms for a 5 KB Chinese release, ~150 ms for 100,000 characters; English text is
-- skipped by the GLOB test.
CREATE VIRTUAL TABLE release_search_en USING fts5(
  headline, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE release_search_trigram USING fts5(
  headline, body,
  tokenize = 'trigram',
  content = '', contentless_delete = 1
);
--> statement-breakpoint
CREATE VIRTUAL TABLE release_search_bigram USING fts5(
  headline, body,
  tokenize = 'unicode61',
  prefix = '1',
  content = '', contentless_delete = 1
);
--> statement-breakpoint
-- The definition of what is searchable, and the text each table receives. Read only by the triggers below
-- and the backfill at the end, always for one document at a time (or once for all, here).
CREATE VIEW release_search_source AS
SELECT
  d.id AS id,
  r.headline AS headline,
  r.body AS body,
  (r.headline || ' ' || r.body) GLOB '*[㐀-䶿一-鿿]*' AS has_cjk,
  (
    WITH RECURSIVE
      block(b, text) AS (
        SELECT 0, substr(r.headline, 1, 4097)
        UNION ALL
        SELECT b + 1, substr(r.headline, (b + 1) * 4096 + 1, 4097) FROM block WHERE length(text) > 4096
      ),
      part(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM part WHERE j < 63),
      step(b, j, n, piece, tok) AS (
        SELECT b, j, 0, substr(text, j * 64 + 1, 65), NULL FROM block, part
        UNION ALL
        SELECT b, j, n + 1, substr(piece, 2),
          CASE WHEN unicode(piece) BETWEEN 19968 AND 40959 OR unicode(piece) BETWEEN 13312 AND 19903 THEN
            CASE WHEN unicode(substr(piece, 2, 1)) BETWEEN 19968 AND 40959
                   OR unicode(substr(piece, 2, 1)) BETWEEN 13312 AND 19903
              THEN substr(piece, 1, 2) ELSE substr(piece, 1, 1) END
          END
        FROM step WHERE n < 64 AND piece <> ''
      )
    SELECT coalesce(group_concat(tok, ' ' ORDER BY b, j, n), '') FROM step
  ) AS headline_bigrams,
  (
    WITH RECURSIVE
      block(b, text) AS (
        SELECT 0, substr(r.body, 1, 4097)
        UNION ALL
        SELECT b + 1, substr(r.body, (b + 1) * 4096 + 1, 4097) FROM block WHERE length(text) > 4096
      ),
      part(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM part WHERE j < 63),
      step(b, j, n, piece, tok) AS (
        SELECT b, j, 0, substr(text, j * 64 + 1, 65), NULL FROM block, part
        UNION ALL
        SELECT b, j, n + 1, substr(piece, 2),
          CASE WHEN unicode(piece) BETWEEN 19968 AND 40959 OR unicode(piece) BETWEEN 13312 AND 19903 THEN
            CASE WHEN unicode(substr(piece, 2, 1)) BETWEEN 19968 AND 40959
                   OR unicode(substr(piece, 2, 1)) BETWEEN 13312 AND 19903
              THEN substr(piece, 1, 2) ELSE substr(piece, 1, 1) END
          END
        FROM step WHERE n < 64 AND piece <> ''
      )
    SELECT coalesce(group_concat(tok, ' ' ORDER BY b, j, n), '') FROM step
  ) AS body_bigrams
FROM documents d
JOIN revisions r ON r.id = d.published_revision_id
WHERE d.kind = 'press_release' AND d.visibility = 'public' AND d.publication_state = 'published';
--> statement-breakpoint
CREATE TRIGGER release_search_after_insert AFTER INSERT ON documents
WHEN NEW.kind = 'press_release' AND NEW.visibility = 'public' AND NEW.publication_state = 'published'
BEGIN
  INSERT INTO release_search_en (rowid, headline, body)
    SELECT id, headline, body FROM release_search_source WHERE id = NEW.id;
  INSERT INTO release_search_trigram (rowid, headline, body)
    SELECT id, headline, body FROM release_search_source WHERE id = NEW.id AND has_cjk;
  INSERT INTO release_search_bigram (rowid, headline, body)
    SELECT id, headline_bigrams, body_bigrams FROM release_search_source WHERE id = NEW.id AND has_cjk;
END;
--> statement-breakpoint
-- Every workflow transition rewrites publication_state (usually to the same value): the WHEN clause lets
-- only real changes through.
CREATE TRIGGER release_search_after_update
AFTER UPDATE OF publication_state, published_revision_id, kind, visibility ON documents
WHEN OLD.publication_state IS NOT NEW.publication_state
  OR OLD.published_revision_id IS NOT NEW.published_revision_id
  OR OLD.kind IS NOT NEW.kind
  OR OLD.visibility IS NOT NEW.visibility
BEGIN
  DELETE FROM release_search_en WHERE rowid = OLD.id;
  DELETE FROM release_search_trigram WHERE rowid = OLD.id;
  DELETE FROM release_search_bigram WHERE rowid = OLD.id;
  INSERT INTO release_search_en (rowid, headline, body)
    SELECT id, headline, body FROM release_search_source WHERE id = NEW.id;
  INSERT INTO release_search_trigram (rowid, headline, body)
    SELECT id, headline, body FROM release_search_source WHERE id = NEW.id AND has_cjk;
  INSERT INTO release_search_bigram (rowid, headline, body)
    SELECT id, headline_bigrams, body_bigrams FROM release_search_source WHERE id = NEW.id AND has_cjk;
END;
--> statement-breakpoint
CREATE TRIGGER release_search_after_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM release_search_en WHERE rowid = OLD.id;
  DELETE FROM release_search_trigram WHERE rowid = OLD.id;
  DELETE FROM release_search_bigram WHERE rowid = OLD.id;
END;
--> statement-breakpoint
-- What was already published when this migration ran.
INSERT INTO release_search_en (rowid, headline, body)
  SELECT id, headline, body FROM release_search_source;
--> statement-breakpoint
INSERT INTO release_search_trigram (rowid, headline, body)
  SELECT id, headline, body FROM release_search_source WHERE has_cjk;
--> statement-breakpoint
INSERT INTO release_search_bigram (rowid, headline, body)
  SELECT id, headline_bigrams, body_bigrams FROM release_search_source WHERE has_cjk;
