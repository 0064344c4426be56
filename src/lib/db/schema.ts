// !!! LOUD WARNING !!! The database name is where every user's review history lives. Renaming it
// opens a new, empty database and orphans all existing data on every device. Never change it.
export const DB_NAME = 'rehearse';

export const TABLES = ['items', 'cards', 'reviews', 'attempts', 'sets', 'settings', 'meta', 'drafts', 'interviews'] as const;
export type TableName = (typeof TABLES)[number];
