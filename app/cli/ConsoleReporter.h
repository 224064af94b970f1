#pragma once
// Prints delivery progress on stderr: one line per file with its result, a line per
// destination, and a summary. File names only; never patient data.

#include "delivery/OutboxRunner.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace pacsdrop::cli {

class ConsoleReporter final : public DeliveryListener {
public:
    explicit ConsoleReporter(int totalFiles);

    void destinationStarted(const Device &device, int files) override;
    void destinationUnusable(const QString &destination, const QString &reason, int files) override;
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override;
    void waitingForOtherSender() override;

    // Prints a rejected input (it never reached the network).
    void rejected(const QString &path, const QString &reason);
    void summary(const DeliverySummary &summary, int rejected);

private:
    QString counter();

    QTextStream m_err;
    QElapsedTimer m_timer;
    int m_total;
    int m_done = 0;
    QString m_destination;
};

} // namespace pacsdrop::cli
