CREATE TABLE `anonymous_refusals` (
	`address` text NOT NULL,
	`minute` integer NOT NULL,
	`attempted` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`address`, `minute`, `attempted`)
);
--> statement-breakpoint
CREATE INDEX `anonymous_refusals_minute` ON `anonymous_refusals` (`minute`);