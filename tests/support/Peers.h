#pragma once
// Real DICOM peers for tests: a private Orthanc and DCMTK's storescp, each started on free
// loopback ports with its own temporary folders, and stopped by its own PID (never the system
// service). Blocking helpers; no event loop needed.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <utility>

namespace pacsdrop::test {

// The kernel's range for ports it picks itself (outgoing connections, listen on port 0).
std::pair<int, int> ephemeralPorts();
// A loopback port nothing listens on right now, outside that range when there is room.
quint16 freePort();
// Blocks until something accepts TCP connections on 127.0.0.1:port, or the timeout passes. Given
// the process that should listen there: until that process itself listens on it, or exits.
bool waitForPort(quint16 port, int timeoutMs = 20000, QProcess *listener = nullptr);

// While alive, the DCMTK peers and the TLS proxy take their ports from chooser instead of
// freePort (to test what they do when a port is taken before they bind it).
class ScopedPortChooser {
public:
    explicit ScopedPortChooser(std::function<quint16()> chooser);
    ~ScopedPortChooser();
    ScopedPortChooser(const ScopedPortChooser &) = delete;
    ScopedPortChooser &operator=(const ScopedPortChooser &) = delete;

private:
    std::function<quint16()> m_previous;
};

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray headers;                             // the raw header lines
    QByteArray header(const QByteArray &name) const; // one header's value, or empty
    QJsonObject json() const;
};
// A minimal HTTP/1.0 client over a blocking socket, for Orthanc's REST API on loopback.
HttpReply http(const QByteArray &method, quint16 port, const QByteArray &path, const QByteArray &body = {});

// One HTTP/1.1 request as another program would make it, over a blocking socket to 127.0.0.1,
// optionally from another loopback address (bind to 127.0.0.2 to be a "different computer").
struct HttpCall {
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    HttpCall(QByteArray method_, QByteArray path_, Headers headers_ = {}, QByteArray body_ = {}, QByteArray fromAddress_ = {})
        : method(std::move(method_)), path(std::move(path_)), headers(std::move(headers_)), body(std::move(body_)),
          fromAddress(std::move(fromAddress_))
    {
    }
    QByteArray method;
    QByteArray path;
    Headers headers;        // Host is 127.0.0.1:port unless given
    QByteArray body;
    QByteArray fromAddress; // empty: the system's choice
    QString trustedCa;      // set: HTTPS, the server's certificate checked against this CA
};
HttpReply httpCall(quint16 port, const HttpCall &call);

class Orthanc {
public:
    struct Options {
        QString aeTitle = QStringLiteral("ORTHANC");
        bool checkCalledAet = true;
        bool allowFind = true;                          // false: a C-FIND from an unknown AE is refused (aborted)
        QString defaultEncoding = QStringLiteral("Utf8"); // how Orthanc answers C-FIND
        QJsonObject extraConfig;                        // merged into the configuration (TLS, Lua, modalities, plugins)
    };
    explicit Orthanc(Options options);
    Orthanc() : Orthanc(Options{}) {}
    ~Orthanc();

    bool start(); // false with the reason in lastError()
    void stop();
    QString lastError() const { return m_error; }

    QString aeTitle() const { return m_options.aeTitle; }
    quint16 dicomPort() const { return m_dicomPort; }
    quint16 httpPort() const { return m_httpPort; }
    QString target() const; // AET@127.0.0.1:port

    QStringList sopInstanceUids(); // every instance stored, by REST
    QByteArray instanceFile(const QString &sopInstanceUid); // the stored file, by REST
    bool deleteInstance(const QString &sopInstanceUid);
    bool clear();

private:
    bool startOnce(); // false: failed for good; true: up, or exited (try other ports)
    QString logTail() const;
    QString instanceId(const QString &sopInstanceUid);
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_dicomPort = 0;
    quint16 m_httpPort = 0;
    QString m_error;
};

class StoreScp {
public:
    // extraArguments are appended to storescp's (e.g. "-xf", config, profile).
    explicit StoreScp(QStringList extraArguments = {}, QString aeTitle = QStringLiteral("STORESCP"));
    ~StoreScp();

    // port 0: a free one (a known port: a PACS that comes back where it was).
    bool start(quint16 port = 0);
    void stop();
    QString lastError() const { return m_error; }

    quint16 port() const { return m_port; }
    QString target() const;
    QString outputDir() const { return m_dir.path() + QStringLiteral("/in"); }
    QString tempDir() const { return m_dir.path(); }
    QStringList receivedFiles() const;

private:
    QStringList m_extra;
    QString m_aeTitle;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// DCMTK's Modality Worklist SCP over a folder of .wl files for one called AE title.
class WorklistScp {
public:
    explicit WorklistScp(QString aeTitle = QStringLiteral("OFFIS"));
    ~WorklistScp();

    // Converts DCMTK's own sample worklist (the dcmtk package docs' .dump files) with dump2dcm.
    bool addDcmtkSamples();
    // Adds one item from dump text (dump2dcm's input format).
    bool addDump(const QString &name, const QByteArray &dump);
    bool start(const QStringList &extraArguments = {});
    void stop();
    QString lastError() const { return m_error; }
    QString target() const;
    quint16 port() const { return m_port; }

private:
    QString database() const { return m_dir.path() + QStringLiteral("/db/") + m_aeTitle; }
    QString m_aeTitle;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// DCMTK's dcmqrscp as a small archive with a storage quota per study: an instance larger than the
// quota is answered 0xA700 "Refused: Out of resources" — a real peer answering a failure status.
// Restarting with another quota keeps the port (the "PACS" got more room).
class QrScp {
public:
    explicit QrScp(QString aeTitle = QStringLiteral("QRSCP"));
    ~QrScp();

    bool start(const QString &quotaPerStudy = QStringLiteral("1024mb")); // e.g. "10kb"
    void stop();
    QString lastError() const { return m_error; }
    quint16 port() const { return m_port; }
    QString aeTitle() const { return m_aeTitle; }
    QStringList storedFiles() const;

private:
    QString m_aeTitle;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// socat as an HTTPS front for a local HTTP service (as a reverse proxy would be in a hospital):
// TLS with this certificate and key (one PEM file) on a free port, plain TCP to the target port.
class TlsProxy {
public:
    TlsProxy(QString certificateAndKeyPem, quint16 targetPort);
    ~TlsProxy();
    bool start();
    quint16 port() const { return m_port; }
    QString lastError() const { return m_error; }

private:
    QString m_pem;
    quint16 m_target;
    quint16 m_port = 0;
    QProcess m_process;
    QString m_error;
};

} // namespace pacsdrop::test
