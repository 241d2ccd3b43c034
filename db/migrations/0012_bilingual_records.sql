DROP INDEX `documents_meeting_kind`;--> statement-breakpoint
ALTER TABLE `documents` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `translation_of_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `documents_meeting_kind_language` ON `documents` (`meeting_id`,`kind`,`language`);--> statement-breakpoint
CREATE INDEX `documents_translation_of` ON `documents` (`translation_of_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_review_chain_steps` (
	`document_kind` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`step` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`document_kind`, `language`, `step`),
	CONSTRAINT "step_range" CHECK("__new_review_chain_steps"."step" between 1 and 3)
);
--> statement-breakpoint
INSERT INTO `__new_review_chain_steps`("document_kind", "language", "step", "role") SELECT "document_kind", 'en', "step", "role" FROM `review_chain_steps`;--> statement-breakpoint
DROP TABLE `review_chain_steps`;--> statement-breakpoint
ALTER TABLE `__new_review_chain_steps` RENAME TO `review_chain_steps`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `title_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `stressed_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `bodies` ADD `name_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `bodies` ADD `meeting_name_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `bodies` ADD `original_language` text DEFAULT 'zh' NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `title_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `emphasis_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `chair_name_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `chair_title_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `purpose_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `revisions` ADD `translated_from_revision_id` integer;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `translation_first` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Each language has its own review chain; both start as the one configured before.
INSERT INTO `review_chain_steps` (`document_kind`, `language`, `step`, `role`)
  SELECT `document_kind`, 'zh', `step`, `role` FROM `review_chain_steps` WHERE `language` = 'en';--> statement-breakpoint
-- Every body that exists already wrote its releases in English: that is their original language.
UPDATE `bodies` SET `original_language` = 'en';--> statement-breakpoint
-- Every meeting gets its Chinese press release, the translation of the English one it has.
INSERT INTO `documents` (`meeting_id`, `kind`, `language`, `translation_of_id`, `visibility`)
  SELECT `meeting_id`, 'press_release', 'zh', `id`, `visibility` FROM `documents`
  WHERE `kind` = 'press_release' AND `language` = 'en';
