import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.js';
import { searchFold } from './search.js';

export type Db = Database.Database;

/**
 * Opens the store and brings its schema up to date. A file database is put in
 * WAL mode so that reads never wait for a write, and syncs the log at every
 * commit: under WAL's default here (NORMAL), a write already acknowledged to
 * the client could be lost to a power cut or an OS crash.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.function('search_fold', { deterministic: true }, (text) => searchFold(String(text)));
  if (path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }

  migrate(db);
  return db;
}

function migrate(db: Db) {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this server ` +
        `(${migrations.length}). Use a newer server or another WIDGETS_DB.`,
    );
  }

  const apply = db.transaction(() => {
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply();
}
