#include "EchoRunner.h"

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

} // namespace pacsdrop
