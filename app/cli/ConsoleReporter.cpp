#include "cli/ConsoleReporter.h"

#include "common/StartupTrace.h"

#include "dicom/DicomFileInfo.h"

#include <QFileInfo>

#include <algorithm>

#include <cstdio>

namespace pacsdrop::cli {

ConsoleReporter::ConsoleReporter(int totalFiles)
    : m_err(stderr), m_total(totalFiles)
{
    m_timer.start();
}

QString ConsoleReporter::counter()
{
    const int width = static_cast<int>(QString::number(m_total).size());
    return u'[' + QString::number(++m_done).rightJustified(width) + u'/' + QString::number(m_total) + u']';
}

void ConsoleReporter::destinationStarted(const Device &device, int files)
{
    m_destination = device.name == device.address() ? device.address() : device.name + QStringLiteral(" (") + device.address() + u')';
    m_err << "sending " << files << (files == 1 ? " file" : " files") << " to " << m_destination << Qt::endl;
}

void ConsoleReporter::destinationUnusable(const QString &destination, const QString &reason, int files)
{
    m_err << "cannot send " << files << " file(s) to " << destination << ": " << reason << Qt::endl;
}

void ConsoleReporter::destinationPaused(const QString &destination, int files, const QString &by)
{
    m_err << destination << " is paused (by " << (by.isEmpty() ? QStringLiteral("an operator") : by) << "): " << files
          << " file(s) wait in the outbox until it is resumed (pacsdrop queue unpause \"" << destination << "\")" << Qt::endl;
}

void ConsoleReporter::fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome)
{
    if (!m_answered) { // m_done also counts rejected files, reported before any is sent
        m_answered = true;
        markStartup("first file answered");
    }
    const char *word = "FAILED";
    if (outcome.state == StoreOutcome::State::Delivered)
        word = outcome.dimseStatus && *outcome.dimseStatus != 0 ? "WARNING" : "OK";
    m_err << counter() << ' ' << word << "  " << entry.path << ": " << outcome.message << Qt::endl;
}

void ConsoleReporter::waitingForOtherSender()
{
    m_err << "another PacsDrop is sending from this outbox; waiting for it to finish (your files are recorded)" << Qt::endl;
}

void ConsoleReporter::leftWorkRecovered(const Recovered &recovered)
{
    m_setAside += static_cast<int>(recovered.setAside.size() + recovered.setAsideEntries.size());
    if (recovered.batches > 0)
        m_err << "an earlier PacsDrop stopped before it had recorded " << recovered.batches
              << (recovered.batches == 1 ? " batch" : " batches") << "; recorded now: " << recovered.queued << " file(s) to send"
              << Qt::endl;
    for (const QString &path : recovered.setAside)
        m_err << "SET ASIDE " << path << ": PacsDrop stopped while reading it; it was not sent (check it, then add it again)"
              << Qt::endl;
    if (!recovered.setAsideEntries.isEmpty())
        m_err << "SET ASIDE " << recovered.setAsideEntries.size()
              << " outbox entr" << (recovered.setAsideEntries.size() == 1 ? "y" : "ies")
              << ": PacsDrop stopped twice while sending them (pacsdrop queue list shows them)" << Qt::endl;
}

void ConsoleReporter::converted(const ConversionItem &c)
{
    for (const ConvertedObject &o : c.objects)
        m_err << "converted " << c.source << ": " << uidName(o.sopClassUid) << ", " << (o.reencoded ? "re-encoded" : "copied")
              << (o.note.isEmpty() ? QString() : QStringLiteral(" (") + o.note + u')') << Qt::endl;
}

void ConsoleReporter::queued(const QList<OutboxEntry> &entries, int earlierPending, int rejected)
{
    markStartup("taken in");
    const auto pendingNow = std::count_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    m_total = static_cast<int>(pendingNow) + earlierPending + rejected;
    if (earlierPending > 0)
        m_err << "also sending " << earlierPending << " file(s) left pending by an earlier run" << Qt::endl;
}

void ConsoleReporter::rejected(const IntakeItem &item)
{
    m_err << counter() << " FAILED  " << item.path << ": " << item.reason << Qt::endl;
}

void ConsoleReporter::summary(const DeliverySummary &s, int rejected)
{
    const double seconds = std::max(0.001, static_cast<double>(m_timer.elapsed()) / 1000.0);
    const int failed = s.failed + rejected;
    m_err << "delivered " << s.delivered << " of " << (s.delivered + failed + s.leftPending) << " files";
    if (failed > 0)
        m_err << ", " << failed << " failed";
    if (s.leftPending > 0)
        m_err << ", " << s.leftPending << " left in the outbox (run \"pacsdrop queue resume\")";
    m_err << QStringLiteral(" in %1 s (%2 files/s, %3 MB/s)")
                 .arg(seconds, 0, 'f', 1)
                 .arg(s.delivered / seconds, 0, 'f', 1)
                 .arg(static_cast<double>(s.bytes) / 1e6 / seconds, 0, 'f', 1);
    if (failed > 0)
        m_err << "; failed files are kept in the outbox: fix the cause, then \"pacsdrop queue retry\"";
    m_err << Qt::endl;
}

} // namespace pacsdrop::cli
