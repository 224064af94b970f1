#pragma once
// SQLite checkpoints a WAL database when its last connection closes, and syncs the files twice to
// do it. Every short command (`pacsdrop send`, `queue …`) closes the outbox as it ends; with another
// program writing to the same disk, those two syncs cost a 200-file send ~30 ms. Left open, the WAL
// is folded in by SQLite's automatic checkpoint once it reaches 1,000 pages, by whichever process
// writes then. Durability is unchanged: what must survive a power cut (a new entry) is synced by its
// own commit (synchronous=FULL); results are NORMAL by design (a lost one is sent again, same UID).

class QSqlDatabase;

namespace pacsdrop {

// For an open QSQLITE connection: closing it leaves the WAL as it is. False where this SQLite
// cannot be reached (the setting is then left at SQLite's default).
bool keepWalOnClose(const QSqlDatabase &db);

} // namespace pacsdrop
