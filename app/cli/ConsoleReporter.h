#pragma once
// Prints delivery progress on stderr: one line per file with its result, a line per
// destination, and a summary. File names only; never patient data.

#include "delivery/SendBatch.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace pacsdrop::cli {

class ConsoleReporter final : public SendBatchListener {
public:
    explicit ConsoleReporter(int totalFiles = 0);

    void destinationStarted(const Device &device, int files) override;
    void destinationUnusable(const QString &destination, const QString &reason, int files) override;
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override;
    void waitingForOtherSender() override;
    void destinationPaused(const QString &destination, int files, const QString &by) override;
    void leftWorkRecovered(const Recovered &recovered) override;

    void converted(const ConversionItem &item) override;
    void queued(const QList<OutboxEntry> &entries, int earlierPending, int rejected) override;
    // Prints a rejected input (it never reached the network).
    void rejected(const IntakeItem &item) override;
    void summary(const DeliverySummary &summary, int rejected);
    // Files and entries set aside because a process died with them in hand (leftWorkRecovered).
    int setAside() const { return m_setAside; }

private:
    QString counter();

    QTextStream m_err;
    QElapsedTimer m_timer;
    int m_total;
    int m_done = 0;
    bool m_answered = false; // a file was answered (for the run's milestones)
    int m_setAside = 0;
    QString m_destination;
};

} // namespace pacsdrop::cli
