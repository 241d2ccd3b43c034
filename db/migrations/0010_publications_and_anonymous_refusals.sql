CREATE TABLE `anonymous_refusals` (
	`address` text NOT NULL,
	`minute` integer NOT NULL,
	`attempted` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`address`, `minute`, `attempted`)
);
--> statement-breakpoint
CREATE INDEX `anonymous_refusals_minute` ON `anonymous_refusals` (`minute`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`action` text NOT NULL,
	`body_id` integer NOT NULL,
	`body_name` text NOT NULL,
	`meeting_name` text NOT NULL,
	`session_number` integer NOT NULL,
	`held_on` text NOT NULL,
	`chair_name` text NOT NULL,
	`chair_title` text NOT NULL,
	`decisions` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `publications_document` ON `publications` (`document_id`,`id`);--> statement-breakpoint
CREATE INDEX `publications_source` ON `publications` (`body_id`,`session_number`,`held_on`);--> statement-breakpoint
-- What was published stays as it was published: a later publication adds a row, never rewrites one.
CREATE TRIGGER publications_no_update BEFORE UPDATE ON publications
BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
