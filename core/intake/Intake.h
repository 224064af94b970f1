#pragma once
// Intake turns what the user gave (files, folders, DICOMDIR files) into classified items.
// Folders are walked recursively; a DICOMDIR given by path is expanded into the files it
// references (missing ones become rejected items); a DICOMDIR met inside a folder walk is only
// marked, since the walk finds its files anyway. Every path appears once. Headers are read in
// parallel; a bad file never stops the batch. Blocking: call from a worker thread in a GUI.

#include "intake/IntakeItem.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace pacsdrop {

// setAside: files a process died while reading (common/WorkNote.h); they are rejected with that
// reason and never read again. Each file is read under a ReadingFile note.
QList<IntakeItem> collectItems(const QStringList &paths, const QSet<QString> &setAside = {});

// The reason a set-aside file gives.
QString setAsideReason();

// Files a DICOMDIR references, resolved against its folder (case-insensitively, as media written
// on other systems often differ in case). Missing files are returned too, for a clear error.
Result<QStringList> dicomdirReferencedFiles(const QString &dicomdirPath);

} // namespace pacsdrop
