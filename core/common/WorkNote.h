#pragma once
// A note each working process keeps beside the outbox (<outbox>.work/<pid>-<n>.note) saying what
// it has in hand right now: the batches it is taking in, the files it is reading or converting,
// the outbox entries it is sending. The note is locked (flock) while the process lives, and
// rewritten (no fsync: a crash does not lose what the kernel already has) before and after each
// such step. If the process dies inside a parser (a crash, kill -9), the next run finds the note
// unlocked and knows which file was in hand: that file is set aside with a reason and the rest of
// its batch is queued and sent (delivery/Recovery.h), so a crash never loses the good files.
//
// Steps are recorded through the RAII guards below from any thread; without a started note they
// do nothing (a unit test that reads files, a front that never queues anything).

#include "common/Error.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pacsdrop {

class WorkNote {
public:
    // Starts (or moves) this process's note into folder; idempotent for the same folder.
    static Result<void> start(const QString &folder);
    // Ends this process's note (its file is removed).
    static void stop();

    // What a process that is gone left in hand.
    struct Left {
        QString file;             // the note, to discard once dealt with
        QStringList batches;      // batches it was taking in
        QStringList reading;      // files it was reading or converting
        QList<qint64> sending;    // outbox entries it was sending
    };
    // Notes in folder whose process is gone (their lock is free); this process's own never.
    static QList<Left> leftBehind(const QString &folder);
    // Batches named by notes whose process still lives (this one's included).
    static QSet<QString> batchesInHand(const QString &folder);
    static void discard(const Left &left);
};

// While alive, this process's note says it is taking in batch (before the batch's journal is
// written, so no other process mistakes the journal for one left behind).
class IntakeInHand {
public:
    explicit IntakeInHand(QString batch);
    ~IntakeInHand();
    IntakeInHand(const IntakeInHand &) = delete;
    IntakeInHand &operator=(const IntakeInHand &) = delete;

private:
    QString m_batch;
};

// While alive, this process's note says it is reading (or converting) this file.
class ReadingFile {
public:
    explicit ReadingFile(QString path);
    ~ReadingFile();
    ReadingFile(const ReadingFile &) = delete;
    ReadingFile &operator=(const ReadingFile &) = delete;

private:
    QString m_path;
};

// While alive, this process's note says it is sending this outbox entry.
class SendingEntry {
public:
    explicit SendingEntry(qint64 id);
    ~SendingEntry();
    SendingEntry(const SendingEntry &) = delete;
    SendingEntry &operator=(const SendingEntry &) = delete;

private:
    qint64 m_id;
};

} // namespace pacsdrop
