ALTER TABLE `site_settings` ADD `section_name_zh` text DEFAULT '政务公开' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `hosted_by_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `operator_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `icp_number_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `security_record_zh` text DEFAULT '' NOT NULL;