#include "CoreSend.h"

#include "intake/Intake.h"
#include "outbox/Outbox.h"

namespace pacsdrop::test {

namespace {
class Collector final : public DeliveryObserver {
public:
    QHash<QString, StoreOutcome> outcomes;
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override { outcomes.insert(entry.path, outcome); }
};
} // namespace

Sent sendFiles(const QStringList &paths, const Device &device, const QString &outboxPath, const QString &callingAe)
{
    Sent sent;
    sent.outboxPath = outboxPath;
    auto outbox = Outbox::open(outboxPath);
    if (!outbox)
        qFatal("%s", qPrintable(outbox.error().message));
    const QList<IntakeItem> items = collectItems(paths);
    for (const IntakeItem &i : items) {
        if (i.kind == IntakeItem::Kind::Rejected)
            sent.rejected.insert(i.path, i.reason);
    }
    auto entries = outbox->enqueue(Outbox::newBatchId(), device.name, items);
    if (!entries)
        qFatal("%s", qPrintable(entries.error().message));
    QList<OutboxEntry> pending;
    for (const OutboxEntry &e : *entries) {
        if (e.state == OutboxEntry::State::Pending)
            pending.append(e);
    }
    Collector collector;
    std::atomic_bool cancel{false};
    sent.summary = deliver(*outbox, device, callingAe, pending, collector, cancel);
    sent.byPath = collector.outcomes;
    return sent;
}

QString outcomeText(const Sent &sent)
{
    QString text;
    for (auto it = sent.byPath.cbegin(); it != sent.byPath.cend(); ++it)
        text += it.key() + QStringLiteral(": ") + it->message + u'\n';
    return text;
}

Device deviceFor(const QString &aeTitle, quint16 port)
{
    Device d;
    d.name = aeTitle + QStringLiteral("@127.0.0.1:") + QString::number(port);
    d.aeTitle = aeTitle;
    d.host = QStringLiteral("127.0.0.1");
    d.port = port;
    d.connectTimeout = 5;
    d.acseTimeout = 10;
    d.dimseTimeout = 30;
    return d;
}

} // namespace pacsdrop::test
