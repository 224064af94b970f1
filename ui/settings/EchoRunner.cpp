#include "EchoRunner.h"

#include "RecordTable.h"

#include "net/Echo.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace pacsdrop {

void echoInBackground(QObject *context, const Device &device, const QString &callingAe, std::function<void(const QString &)> done)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([device, callingAe] {
        auto result = echo(device, callingAe);
        return result ? QObject::tr("OK (%1 ms)").arg(result->milliseconds) : QObject::tr("FAILED: %1").arg(result.error().message);
    }));
}

void echoIntoRow(RecordTable &table, int row, const Device &device, const QString &problem, const QString &localAe)
{
    if (!problem.isEmpty()) {
        table.setNote(row, problem);
        return;
    }
    table.setNote(row, QObject::tr("checking…"));
    echoInBackground(&table, device, device.callingAeTitle.isEmpty() ? localAe : device.callingAeTitle,
                     [&table, row](const QString &result) { table.setNote(row, result); });
}

} // namespace pacsdrop
