CREATE TABLE `file_text_layers` (
	`sha256` text PRIMARY KEY NOT NULL,
	`text` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
