CREATE TABLE `confidentiality_rules` (
	`document_kind` text PRIMARY KEY NOT NULL,
	`required` integer NOT NULL,
	`step` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "confidentiality_step_range" CHECK("confidentiality_rules"."step" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE `nomination_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`unit_or_place` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`id_number` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nomination_entries_decision` ON `nomination_entries` (`decision_id`,`position`);--> statement-breakpoint
CREATE TABLE `personal_data_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`part` text NOT NULL,
	`kind` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`value_hash` text NOT NULL,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `personal_data_overrides_finding` ON `personal_data_overrides` (`revision_id`,`part`,`kind`,`start`,`end`);--> statement-breakpoint
CREATE INDEX `personal_data_overrides_created` ON `personal_data_overrides` (`created_at`);--> statement-breakpoint
ALTER TABLE `approvals` ADD `confidentiality_confirmed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `disclosure` text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `protected_names` text DEFAULT '' NOT NULL;