ALTER TABLE `site_settings` ADD `body_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `body_name_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `emblem` blob;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `emblem_type` text;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `emblem_alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `emblem_alt_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `emblem_updated_at` integer;