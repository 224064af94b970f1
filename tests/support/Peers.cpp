#include "Peers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <optional>
#include <random>
#include <utility>

#include <unistd.h>

namespace pacsdrop::test {

// The kernel's ephemeral port range (Linux), or the default one where it cannot be read.
std::pair<int, int> ephemeralPorts()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    const QList<QByteArray> bounds = range.open(QIODevice::ReadOnly) ? range.readAll().simplified().split(' ') : QList<QByteArray>{};
    const int low = bounds.value(0).toInt(), high = bounds.value(1).toInt();
    return low > 0 && high >= low ? std::pair{low, high} : std::pair{32768, 60999};
}

quint16 freePort()
{
    // Outside the kernel's ephemeral range: a port it hands out for listen(0) is also what other
    // tests' outgoing connections get, so under a parallel run one of them could take it before
    // our peer binds it, or a probe could even connect to itself.
    static std::mt19937 random(std::random_device{}());
    const auto [low, high] = ephemeralPorts();
    std::optional<std::uniform_int_distribution<int>> outside;
    if (low - 1 >= 10000)
        outside.emplace(std::max(10000, low - 12000), low - 1);
    else if (high + 1 <= 60000)
        outside.emplace(high + 1, std::min(65535, high + 12000));
    for (int attempt = 0; outside && attempt < 100; ++attempt) {
        const auto port = static_cast<quint16>((*outside)(random));
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, port))
            return port;
    }
    QTcpServer server; // no room outside it: the kernel's choice (and the race)
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

namespace {
// Where the peers take a port from (freePort, or a test's ScopedPortChooser).
std::function<quint16()> &portChooser()
{
    static std::function<quint16()> chooser = freePort;
    return chooser;
}

// Whether process pid has a socket listening on TCP port (Linux: the listening sockets' inodes in
// /proc/net/tcp*, then the process's descriptors). A connection alone cannot tell: when our
// peer could not bind because another test's peer took the port, the other one answers.
bool listensOn(qint64 pid, quint16 port)
{
    QSet<QByteArray> inodes;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Read whole: atEnd() is true at once for /proc files (they report size 0).
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) { // after the header
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 9 && fields[3] == "0A" && fields[1].split(':').value(1).toUShort(nullptr, 16) == port)
                inodes.insert(fields[9]); // 0A: LISTEN
        }
    }
    if (inodes.isEmpty())
        return false;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {}; // "socket:[inode]" (QFile::symLinkTarget would make it a path)
        const ssize_t n = ::readlink(QFile::encodeName(fdDir + u'/' + fd).constData(), target, sizeof target - 1);
        const QByteArray link(target, n > 0 ? n : 0);
        if (link.startsWith("socket:[") && inodes.contains(link.mid(8).chopped(1)))
            return true;
    }
    return false;
}
} // namespace

bool waitForPort(quint16 port, int timeoutMs, QProcess *listener)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (listener) {
            if (listener->state() == QProcess::NotRunning)
                return false; // it exited: it will never listen
            if (listensOn(listener->processId(), port))
                return true;
            if (listener->waitForFinished(50))
                return false;
            continue;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(100);
    }
    return false;
}

ScopedPortChooser::ScopedPortChooser(std::function<quint16()> chooser) : m_previous(std::exchange(portChooser(), std::move(chooser))) {}

ScopedPortChooser::~ScopedPortChooser() { portChooser() = std::move(m_previous); }

HttpReply http(const QByteArray &method, quint16 port, const QByteArray &path, const QByteArray &body)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return reply;
    QByteArray request = method + ' ' + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray raw;
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (!socket.waitForReadyRead(30000) && socket.bytesAvailable() == 0)
            break;
        raw += socket.readAll();
    }
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return reply;
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    reply.status = statusLine.value(1).toInt();
    reply.body = raw.mid(headerEnd + 4);
    return reply;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QJsonObject HttpReply::json() const { return QJsonDocument::fromJson(body).object(); }

HttpReply httpCall(quint16 port, const HttpCall &call)
{
    HttpReply reply;
    QSslSocket socket;
    if (!call.fromAddress.isEmpty() && !socket.bind(QHostAddress(QString::fromLatin1(call.fromAddress))))
        return reply;
    if (call.trustedCa.isEmpty()) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return reply;
    } else {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromPath(call.trustedCa));
        socket.setSslConfiguration(conf);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForEncrypted(5000))
            return reply;
    }
    QByteArray request = call.method + ' ' + call.path + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[key, value] : call.headers) {
        request += key + ": " + value + "\r\n";
        hasHost = hasHost || key.toLower() == "host";
    }
    if (!hasHost)
        request += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    request += "Content-Length: " + QByteArray::number(call.body.size()) + "\r\n\r\n" + call.body;
    socket.write(request);
    QByteArray raw;
    // Until the header and as many body bytes as it announces have come (the server may keep the connection).
    while (true) {
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            reply.headers = raw.left(headerEnd);
            const qsizetype length = reply.header("Content-Length").toLongLong();
            if (raw.size() - headerEnd - 4 >= length) {
                reply.status = raw.left(raw.indexOf("\r\n")).split(' ').value(1).toInt();
                reply.body = raw.mid(headerEnd + 4, length);
                return reply;
            }
        }
        if (!socket.waitForReadyRead(60000) && socket.bytesAvailable() == 0)
            return reply;
        raw += socket.readAll();
    }
}

namespace {
void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate(); // SIGTERM to this process's own PID
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// Starts a peer and waits until it listens on its port itself. With choosePort, a port another
// parallel test took in the meantime makes the peer exit at once: it is started again on another.
// arguments: for a port, the peer's arguments, or nullopt when it cannot be set up (not started).
bool startListening(QProcess &process, const QString &program,
                    const std::function<std::optional<QStringList>(quint16)> &arguments, quint16 &port, bool choosePort,
                    QString &error)
{
    const QString name = QFileInfo(program).fileName();
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (choosePort)
            port = portChooser()();
        const std::optional<QStringList> args = arguments(port);
        if (!args) {
            error = name + QStringLiteral(" could not be set up");
            return false;
        }
        process.start(program, *args);
        if (!process.waitForStarted(10000)) {
            error = name + QStringLiteral(" did not start: ") + process.errorString();
            return false;
        }
        if (waitForPort(port, 20000, &process))
            return true;
        stopProcess(process);
        if (!choosePort)
            break;
    }
    error = name + QStringLiteral(" did not listen on 127.0.0.1:") + QString::number(port);
    return false;
}
} // namespace

Orthanc::Orthanc(Options options)
    : m_options(std::move(options))
{
}

Orthanc::~Orthanc() { stop(); }

bool Orthanc::start()
{
    // A port taken by another parallel test in the meantime makes Orthanc exit: try other ports.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!startOnce())
            return false;
        if (m_process.state() == QProcess::Running)
            return true;
    }
    m_error = QStringLiteral("Orthanc exited: ") + logTail();
    return false;
}

QString Orthanc::logTail() const
{
    QFile log(m_dir.path() + QStringLiteral("/orthanc.log"));
    log.open(QIODevice::ReadOnly);
    return QString::fromUtf8(log.readAll().right(2000));
}

bool Orthanc::startOnce()
{
    m_dicomPort = freePort();
    m_httpPort = freePort();
    while (m_httpPort == m_dicomPort)
        m_httpPort = freePort();
    const QString storage = m_dir.path() + QStringLiteral("/db");
    QJsonObject config{
        {QStringLiteral("Name"), QStringLiteral("pacsdrop-test")},
        {QStringLiteral("StorageDirectory"), storage},
        {QStringLiteral("IndexDirectory"), storage},
        {QStringLiteral("HttpPort"), m_httpPort},
        {QStringLiteral("HttpServerEnabled"), true},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), false},
        {QStringLiteral("DicomAet"), m_options.aeTitle},
        {QStringLiteral("DicomPort"), m_dicomPort},
        {QStringLiteral("DicomCheckCalledAet"), m_options.checkCalledAet},
        {QStringLiteral("DicomAlwaysAllowEcho"), true},
        {QStringLiteral("DicomAlwaysAllowStore"), true},
        {QStringLiteral("DicomAlwaysAllowFind"), m_options.allowFind},
        {QStringLiteral("DefaultEncoding"), m_options.defaultEncoding},
        {QStringLiteral("Plugins"), QJsonArray{}},
        {QStringLiteral("StorageCompression"), false},
        {QStringLiteral("ConcurrentJobs"), 1},
    };
    for (auto it = m_options.extraConfig.constBegin(); it != m_options.extraConfig.constEnd(); ++it)
        config.insert(it.key(), it.value());
    const QString configFile = m_dir.path() + QStringLiteral("/orthanc.json");
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write ") + configFile;
        return false;
    }
    file.write(QJsonDocument(config).toJson());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/orthanc.log"));
    m_process.start(QStringLiteral(PACSDROP_ORTHANC), {configFile});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("Orthanc did not start: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_process.state() == QProcess::NotRunning)
            return true; // exited (a port taken?): the caller tries again
        const int status = http("GET", m_httpPort, "/system").status;
        if ((status == 200 || status == 401) && waitForPort(m_httpPort, 1000, &m_process) // 401: started with users
            && waitForPort(m_dicomPort, 1000, &m_process))
            return true;
        m_process.waitForFinished(100);
    }
    m_error = QStringLiteral("Orthanc did not come up: ") + logTail();
    stopProcess(m_process);
    return false;
}

void Orthanc::stop() { stopProcess(m_process); }

QString Orthanc::target() const
{
    return m_options.aeTitle + QStringLiteral("@127.0.0.1:") + QString::number(m_dicomPort);
}

QStringList Orthanc::sopInstanceUids()
{
    const HttpReply reply = http("GET", m_httpPort, "/instances?expand");
    QStringList uids;
    const QJsonArray instances = QJsonDocument::fromJson(reply.body).array();
    for (const QJsonValue &v : instances)
        uids << v.toObject().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("SOPInstanceUID")).toString();
    uids.sort();
    return uids;
}

QString Orthanc::instanceId(const QString &sopInstanceUid)
{
    const QByteArray query = R"({"Level":"Instance","Query":{"SOPInstanceUID":")" + sopInstanceUid.toLatin1() + R"("}})";
    const HttpReply found = http("POST", m_httpPort, "/tools/find", query);
    const QJsonArray ids = QJsonDocument::fromJson(found.body).array();
    return ids.isEmpty() ? QString() : ids.first().toString();
}

QByteArray Orthanc::instanceFile(const QString &sopInstanceUid)
{
    const QString id = instanceId(sopInstanceUid);
    if (id.isEmpty())
        return {};
    return http("GET", m_httpPort, "/instances/" + id.toLatin1() + "/file").body;
}

bool Orthanc::deleteInstance(const QString &sopInstanceUid)
{
    const QString id = instanceId(sopInstanceUid);
    return !id.isEmpty() && http("DELETE", m_httpPort, "/instances/" + id.toLatin1()).status == 200;
}

bool Orthanc::clear()
{
    const QJsonArray patients = QJsonDocument::fromJson(http("GET", m_httpPort, "/patients").body).array();
    for (const QJsonValue &p : patients) {
        if (http("DELETE", m_httpPort, "/patients/" + p.toString().toLatin1()).status != 200)
            return false;
    }
    return true;
}

StoreScp::StoreScp(QStringList extraArguments, QString aeTitle)
    : m_extra(std::move(extraArguments)), m_aeTitle(std::move(aeTitle))
{
}

StoreScp::~StoreScp() { stop(); }

bool StoreScp::start(quint16 port)
{
    QDir().mkpath(outputDir());
    m_port = port;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/storescp.log"));
    // Deliberately no TCP_NODELAY: storescp runs as many PACS do, with Nagle's algorithm on.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TCP_NODELAY"));
    m_process.setProcessEnvironment(env);
    const auto arguments = [this](quint16 chosen) {
        return QStringList{QStringLiteral("--aetitle"), m_aeTitle, QStringLiteral("--output-directory"), outputDir(),
                           QStringLiteral("--filename-extension"), QStringLiteral(".dcm"),
                           QStringLiteral("--unique-filenames")} // samples share UIDs across encodings
               + m_extra + QStringList{QString::number(chosen)};
    };
    return startListening(m_process, QStringLiteral(PACSDROP_STORESCP), arguments, m_port, port == 0, m_error);
}

void StoreScp::stop() { stopProcess(m_process); }

QString StoreScp::target() const { return m_aeTitle + QStringLiteral("@127.0.0.1:") + QString::number(m_port); }

QStringList StoreScp::receivedFiles() const
{
    QStringList files;
    QDirIterator it(outputDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

WorklistScp::WorklistScp(QString aeTitle) : m_aeTitle(std::move(aeTitle))
{
    QDir().mkpath(database());
    QFile lock(database() + QStringLiteral("/lockfile")); // wlmscpfs requires it
    lock.open(QIODevice::WriteOnly);
}

WorklistScp::~WorklistScp() { stop(); }

bool WorklistScp::addDcmtkSamples()
{
    const QDir samples(QStringLiteral("/usr/share/doc/dcmtk/examples/wlistdb/OFFIS"));
    const QStringList dumps = samples.entryList({QStringLiteral("*.dump")}, QDir::Files);
    if (dumps.isEmpty()) {
        m_error = QStringLiteral("no sample worklist in ") + samples.path();
        return false;
    }
    for (const QString &dump : dumps) {
        const QString out = database() + u'/' + QFileInfo(dump).completeBaseName() + QStringLiteral(".wl");
        if (QProcess::execute(QStringLiteral("dump2dcm"), {QStringLiteral("-q"), samples.filePath(dump), out}) != 0) {
            m_error = QStringLiteral("dump2dcm failed on ") + dump;
            return false;
        }
    }
    return true;
}

bool WorklistScp::addDump(const QString &name, const QByteArray &dump)
{
    const QString text = m_dir.path() + u'/' + name + QStringLiteral(".dump");
    QFile f(text);
    if (!f.open(QIODevice::WriteOnly) || f.write(dump) != dump.size())
        return false;
    f.close();
    return QProcess::execute(QStringLiteral("dump2dcm"), {QStringLiteral("-q"), text, database() + u'/' + name + QStringLiteral(".wl")}) == 0;
}

bool WorklistScp::start(const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/wlmscpfs.log"));
    const auto arguments = [&](quint16 chosen) {
        return extraArguments + QStringList{QStringLiteral("-dfp"), m_dir.path() + QStringLiteral("/db"), QString::number(chosen)};
    };
    return startListening(m_process, QStringLiteral("wlmscpfs"), arguments, m_port, true, m_error);
}

void WorklistScp::stop() { stopProcess(m_process); }

QString WorklistScp::target() const { return m_aeTitle + QStringLiteral("@127.0.0.1:") + QString::number(m_port); }

QrScp::QrScp(QString aeTitle) : m_aeTitle(std::move(aeTitle)) {}

QrScp::~QrScp() { stop(); }

bool QrScp::start(const QString &quotaPerStudy)
{
    const QString store = m_dir.path() + QStringLiteral("/store");
    QDir().mkpath(store);
    const QString configFile = m_dir.path() + QStringLiteral("/dcmqrscp.cfg");
    const auto arguments = [&](quint16 chosen) -> std::optional<QStringList> {
        QFile config(configFile); // the port is in the configuration, not on the command line
        const QByteArray text = QStringLiteral("NetworkTCPPort = %1\nMaxPDUSize = 16384\nMaxAssociations = 16\n"
                                               "HostTable BEGIN\nHostTable END\nVendorTable BEGIN\nVendorTable END\n"
                                               "AETable BEGIN\n%2 %3 RW (10, %4) ANY\nAETable END\n")
                                    .arg(chosen).arg(m_aeTitle, store, quotaPerStudy).toUtf8();
        if (!config.open(QIODevice::WriteOnly) || config.write(text) != text.size())
            return std::nullopt;
        return QStringList{QStringLiteral("-c"), configFile};
    };
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/dcmqrscp.log"), QIODevice::Append);
    // A restart keeps the port it had (the "PACS" comes back where it was).
    if (startListening(m_process, QStringLiteral("dcmqrscp"), arguments, m_port, m_port == 0, m_error))
        return true;
    if (m_error.endsWith(QLatin1String("could not be set up")))
        m_error = QStringLiteral("cannot write ") + configFile;
    return false;
}

void QrScp::stop() { stopProcess(m_process); }

QStringList QrScp::storedFiles() const
{
    QStringList files = QDir(m_dir.path() + QStringLiteral("/store")).entryList({QStringLiteral("*.dcm")}, QDir::Files);
    files.sort();
    return files;
}

TlsProxy::TlsProxy(QString certificateAndKeyPem, quint16 targetPort) : m_pem(std::move(certificateAndKeyPem)), m_target(targetPort) {}

TlsProxy::~TlsProxy() { stopProcess(m_process); }

bool TlsProxy::start()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const auto arguments = [this](quint16 chosen) {
        return QStringList{QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2,verify=0").arg(chosen).arg(m_pem),
                           QStringLiteral("TCP:127.0.0.1:%1").arg(m_target)};
    };
    if (startListening(m_process, QStringLiteral("socat"), arguments, m_port, true, m_error))
        return true;
    m_error += QString::fromUtf8(m_process.readAll());
    return false;
}

} // namespace pacsdrop::test
