#include "logging/Log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace pacsdrop {

Q_LOGGING_CATEGORY(lcIntake, "pacsdrop.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "pacsdrop.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "pacsdrop.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDcmtk, "pacsdrop.dcmtk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFfmpeg, "pacsdrop.ffmpeg", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPhi, "pacsdrop.phi", QtCriticalMsg)

namespace {

QMutex g_mutex;
QFile *g_file = nullptr;
bool g_toStderr = false;
bool g_debug = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Patient data never reaches the log unless debug logging was asked for, whatever the rules say.
    if (!g_debug && context.category && qstrcmp(context.category, "pacsdrop.phi") == 0)
        return;
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
                            + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                            + message.toUtf8() + '\n';
    QMutexLocker lock(&g_mutex);
    if (g_file) {
        g_file->write(line);
        g_file->flush();
    }
    if (g_toStderr || (!g_file && type >= QtWarningMsg))
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

} // namespace

void installLogging(const LogOptions &options)
{
    QMutexLocker lock(&g_mutex);
    if (!options.file.isEmpty()) {
        QDir().mkpath(QFileInfo(options.file).absolutePath());
        auto *file = new QFile(options.file); // lives for the whole process
        if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            g_file = file;
        } else {
            delete file;
        }
    }
    g_toStderr = options.toStderr;
    g_debug = options.debug;
    if (options.debug)
        QLoggingCategory::setFilterRules(QStringLiteral("pacsdrop.*=true"));
    qInstallMessageHandler(handler);
}

} // namespace pacsdrop
