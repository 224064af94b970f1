#pragma once
// How an outbox entry ended, as the window says it: its status (as the file list's) and what
// happened in plain words. Shared by the history view and the list (a file added again finds its
// entries still waiting or failed).

#include "FileRow.h"
#include "delivery/PlainWords.h"
#include "outbox/OutboxEntry.h"

namespace pacsdrop {

FileRow::Status statusOfEntry(const OutboxEntry &entry);
PlainWords wordsOfEntry(const OutboxEntry &entry);

// Rows whose file has entries not sent yet (pending or failed, or sent but not kept) get those
// entries and their status, so Send does not make new ones (new UIDs) and Retry resends them.
void attachUnfinished(QList<FileRow> &rows, const QList<OutboxEntry> &unfinished);

} // namespace pacsdrop
