CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`person_id` integer,
	`name` text DEFAULT '' NOT NULL,
	`name_zh` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`title_zh` text DEFAULT '' NOT NULL,
	`unit_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`reason_zh` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `attendance_meeting` ON `attendance` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_reads` (
	`document_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`first_opened_at` integer NOT NULL,
	`last_opened_at` integer NOT NULL,
	PRIMARY KEY(`document_id`, `user_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `follow_up_co_units` (
	`item_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`item_id`, `unit_id`),
	FOREIGN KEY (`item_id`) REFERENCES `follow_up_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `follow_up_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`agenda_item_id` integer,
	`position` integer NOT NULL,
	`task` text DEFAULT '' NOT NULL,
	`task_zh` text DEFAULT '' NOT NULL,
	`lead_unit_id` integer NOT NULL,
	`deadline` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_items_meeting` ON `follow_up_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `minutes_distribution` (
	`meeting_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `unit_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `minutes_distribution_unit` ON `minutes_distribution` (`unit_id`);--> statement-breakpoint
CREATE TABLE `minutes_numbers` (
	`body_id` integer NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`document_id` integer NOT NULL,
	`issued_at` integer NOT NULL,
	PRIMARY KEY(`body_id`, `year`, `serial`),
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_numbers_document_id_unique` ON `minutes_numbers` (`document_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`name_zh` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`title_zh` text DEFAULT '' NOT NULL,
	`unit_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `people_body` ON `people` (`body_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`name_zh` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `units_body` ON `units` (`body_id`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `deliberation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `deliberation_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `conclusion` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `minutes_classification` text DEFAULT 'internal' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `unit_id` integer REFERENCES units(id);