CREATE TABLE `catalogue_entries` (
	`revision_id` integer PRIMARY KEY NOT NULL,
	`document_id` integer NOT NULL,
	`issuing_body` text DEFAULT '' NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`written_on` text,
	`effective_on` text,
	`valid_until` text,
	`category_id` integer,
	`disclosure` text DEFAULT 'proactive' NOT NULL,
	`disclosure_reason` text DEFAULT '' NOT NULL,
	`changes_document_id` integer,
	`change_kind` text,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `topic_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changes_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalogue_entries_document` ON `catalogue_entries` (`document_id`,`revision_id`);--> statement-breakpoint
CREATE TABLE `index_numbers` (
	`body_code` text NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`document_id` integer NOT NULL,
	`index_number` text NOT NULL,
	`document_number` text,
	PRIMARY KEY(`body_code`, `year`, `serial`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `index_numbers_document_id_unique` ON `index_numbers` (`document_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `index_numbers_index_number_unique` ON `index_numbers` (`index_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `index_numbers_document_number` ON `index_numbers` (`document_number`);--> statement-breakpoint
CREATE TABLE `topic_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_zh` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topic_categories_code_unique` ON `topic_categories` (`code`);--> statement-breakpoint
DROP INDEX `documents_meeting_kind_language`;--> statement-breakpoint
ALTER TABLE `documents` ADD `decision_id` integer REFERENCES decisions(id);--> statement-breakpoint
ALTER TABLE `documents` ADD `interprets_id` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `validity` text DEFAULT 'in_force' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `validity_changed_on` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `validity_changed_by_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `documents_decision_kind_language` ON `documents` (`decision_id`,`kind`,`language`) WHERE decision_id is not null;--> statement-breakpoint
CREATE INDEX `documents_interprets` ON `documents` (`interprets_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_meeting_kind_language` ON `documents` (`meeting_id`,`kind`,`language`) WHERE decision_id is null;--> statement-breakpoint
ALTER TABLE `bodies` ADD `catalogue_code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `policy_without_interpretation` integer DEFAULT true NOT NULL;--> statement-breakpoint
INSERT INTO `topic_categories` (`code`, `name`, `name_zh`) VALUES ('ECON', 'Economy and industry', '经济与产业'), ('LAND', 'Land and natural resources', '国土资源'), ('SOC', 'Social affairs', '社会事务'), ('GOV', 'Government affairs', '政务工作');
--> statement-breakpoint
INSERT INTO `review_chain_steps` (`document_kind`, `language`, `step`, `role`) VALUES ('policy_document', 'zh', 1, 'reviewer'), ('policy_document', 'zh', 2, 'leader'), ('policy_document', 'en', 1, 'reviewer'), ('policy_document', 'en', 2, 'leader'), ('interpretation', 'zh', 1, 'reviewer'), ('interpretation', 'zh', 2, 'leader'), ('interpretation', 'en', 1, 'reviewer'), ('interpretation', 'en', 2, 'leader');
