-- Migration number: 0001 	 initial schema placeholder
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
