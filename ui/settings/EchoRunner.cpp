#include "EchoRunner.h"

#include "pipeline/PipelineModule.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace pacsdrop {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(EchoRunner)
public:
    static QString answered(const QString &name, qint64 ms) { return tr("'%1' answered in %2 ms.").arg(name).arg(ms); }
    static QString failed(const QString &name, const QString &why) { return tr("'%1' did not answer: %2").arg(name, why); }
};

} // namespace

void echoInBackground(QObject *context, const Device &device, const QString &callingAe, std::function<void(const EchoOutcome &)> done)
{
    auto *watcher = new QFutureWatcher<EchoOutcome>(context);
    QObject::connect(watcher, &QFutureWatcher<EchoOutcome>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([device, callingAe] {
        const auto pipeline = pipelineFunctions();
        auto result = pipeline ? (*pipeline)->echo(device, callingAe) : Result<EchoResult>(std::unexpected(pipeline.error()));
        const QString name = device.name.isEmpty() ? device.address() : device.name;
        return result ? EchoOutcome{true, Words::answered(name, result->milliseconds)} : EchoOutcome{false, Words::failed(name, result.error().message)};
    }));
}

} // namespace pacsdrop
