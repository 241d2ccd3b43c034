-- Transitions and audit events are the record of who did what: the database itself refuses to change them.
CREATE TRIGGER transitions_no_update BEFORE UPDATE ON transitions
BEGIN SELECT RAISE(ABORT, 'transitions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER transitions_no_delete BEFORE DELETE ON transitions
BEGIN SELECT RAISE(ABORT, 'transitions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
--> statement-breakpoint
-- Revisions are immutable snapshots.
CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
--> statement-breakpoint
-- Default review chains: press release reviewed by a division head, approved by a leader; agenda and
-- minutes approved by a leader.
INSERT INTO review_chain_steps (document_kind, step, role) VALUES
  ('press_release', 1, 'reviewer'),
  ('press_release', 2, 'leader'),
  ('minutes', 1, 'leader'),
  ('agenda', 1, 'leader');
--> statement-breakpoint
INSERT INTO site_settings (id) VALUES (1);
