CREATE TABLE `follow_up_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`percent` integer,
	`milestone` text DEFAULT '' NOT NULL,
	`requested_deadline` text,
	`previous_deadline` text,
	`actor_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `follow_up_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_events_item` ON `follow_up_events` (`item_id`,`id`);--> statement-breakpoint
CREATE TABLE `follow_up_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occasion` text NOT NULL,
	`read_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `follow_up_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_reminders_once` ON `follow_up_reminders` (`item_id`,`user_id`,`kind`,`occasion`);--> statement-breakpoint
CREATE INDEX `follow_up_reminders_user` ON `follow_up_reminders` (`user_id`,`read_at`);--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `source` text DEFAULT 'minutes' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `decision_id` integer REFERENCES decisions(id);--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `state` text DEFAULT 'not_started' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `cancel_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `responsible_leader` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `report_cycle` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `disclosed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `percent` integer;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `last_report_at` integer;--> statement-breakpoint
ALTER TABLE `follow_up_items` ADD `completed_at` integer;--> statement-breakpoint
CREATE INDEX `follow_up_items_state` ON `follow_up_items` (`state`,`deadline`);--> statement-breakpoint
CREATE INDEX `follow_up_items_lead` ON `follow_up_items` (`lead_unit_id`);--> statement-breakpoint
CREATE INDEX `follow_up_items_disclosed` ON `follow_up_items` (`disclosed`,`id`);--> statement-breakpoint
ALTER TABLE `site_settings` ADD `follow_up_reminder_days` integer DEFAULT 7 NOT NULL;