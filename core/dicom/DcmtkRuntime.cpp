#include "dicom/DcmtkRuntime.h"

#include "dicom/Decoders.h"
#include "logging/Log.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdict.h"
#include "dcmtk/oflog/oflog.h"
#include "dcmtk/oflog/appender.h"
#include "dcmtk/oflog/spi/logevent.h"

#include <QFile>

#include <cstdlib>
#include <deque>

namespace pacsdrop {

namespace {

constexpr size_t kRecentMessages = 24;
thread_local std::deque<QString> t_recent;

// Forwards DCMTK's log events: all into the calling thread's short history, warnings and
// errors into PacsDrop's log.
class DcmtkLogBridge final : public dcmtk::log4cplus::Appender {
public:
    DcmtkLogBridge() = default;
    ~DcmtkLogBridge() override { destructorImpl(); }
    void close() override { closed = true; }

protected:
    void append(const dcmtk::log4cplus::spi::InternalLoggingEvent &event) override
    {
        const QString text = QString::fromLocal8Bit(event.getMessage().c_str()).simplified();
        t_recent.push_back(text);
        if (t_recent.size() > kRecentMessages)
            t_recent.pop_front();
        if (event.getLogLevel() >= dcmtk::log4cplus::WARN_LOG_LEVEL)
            qCWarning(lcDcmtk).noquote() << text;
    }
};

// Debian's DCMTK only has an external dictionary; a relocated install may carry its own copy.
void ensureDictionaryPath()
{
    if (std::getenv("DCMDICTPATH"))
        return;
    if (QFile::exists(QStringLiteral(DCM_DICT_DEFAULT_PATH).section(u':', 0, 0)))
        return;
    for (const char *candidate : {"/usr/share/libdcmtk17/dicom.dic", "/usr/local/share/dcmtk/dicom.dic"}) {
        if (QFile::exists(QString::fromLatin1(candidate))) {
            ::setenv("DCMDICTPATH", candidate, 0);
            return;
        }
    }
}

} // namespace

DcmtkRuntime::DcmtkRuntime()
{
    ensureDictionaryPath();

    auto root = dcmtk::log4cplus::Logger::getRoot();
    root.removeAllAppenders();
    root.addAppender(dcmtk::log4cplus::SharedAppenderPtr(new DcmtkLogBridge));
    root.setLogLevel(dcmtk::log4cplus::WARN_LOG_LEVEL);
    // dcmnet reports association rejections only at debug level; keep them for our messages.
    OFLog::getLogger("dcmtk.dcmnet").setLogLevel(OFLogger::DEBUG_LOG_LEVEL);
}

// Asked, not done in the constructor: reading the dictionary (a 200 kB text file) costs ~2 MB and
// ~15 ms, which --version and --help need not pay. DCMTK loads it on first use, under its own lock.
QString DcmtkRuntime::problem() const
{
    if (dcmDataDict.isDictionaryLoaded())
        return {};
    return QStringLiteral("the DICOM data dictionary could not be loaded (looked in %1); "
                          "install the libdcmtk17 package or set DCMDICTPATH")
        .arg(QString::fromLocal8Bit(std::getenv("DCMDICTPATH") ? std::getenv("DCMDICTPATH") : DCM_DICT_DEFAULT_PATH));
}

DcmtkRuntime::~DcmtkRuntime()
{
    releaseDecoders();
}

QStringList recentDcmtkMessages()
{
    return QStringList(t_recent.begin(), t_recent.end());
}

void clearRecentDcmtkMessages()
{
    t_recent.clear();
}

} // namespace pacsdrop
