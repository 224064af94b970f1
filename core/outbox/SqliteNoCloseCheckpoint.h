#pragma once
// SQLite checkpoints a WAL database when its last connection closes, and syncs the files twice to
// do it. Every short command (`pacsdrop send`, `queue …`) closes the outbox as it ends; with another
// program writing to the same disk, those two syncs cost a 200-file send ~30 ms. Left open, the WAL
// is folded in by SQLite's automatic checkpoint once it reaches 1,000 pages, by whichever process
// writes then (that checkpoint syncs). What must survive a power cut (a new entry) is still synced
// by its own commit (synchronous=FULL). Results (NORMAL by design) were synced as a command ended;
// now a power cut before the next checkpoint or the kernel's writeback may lose them: those files
// are sent again, with the same UIDs.

class QSqlDatabase;

namespace pacsdrop {

// For an open QSQLITE connection: closing it leaves the WAL as it is. False where this SQLite
// cannot be reached (the setting is then left at SQLite's default).
bool keepWalOnClose(const QSqlDatabase &db);

} // namespace pacsdrop
