#include "settings/Device.h"

#include "dicom/CharacterSets.h"

#include <QJsonValue>

#include <limits>

namespace pacsdrop {

namespace {

constexpr int kMinPdu = 4096;    // ASC_MINIMUMPDUSIZE
constexpr int kMaxPdu = 131072;  // ASC_MAXIMUMPDUSIZE: the largest DCMTK handles
constexpr int kMaxTimeout = 3600;
constexpr int kMaxParallel = 16;

QString field(const QString &prefix, const char *name)
{
    return prefix.isEmpty() ? QString::fromLatin1(name) : prefix + u'.' + QString::fromLatin1(name);
}

QString rangeProblem(int value, int low, int high)
{
    if (value < low || value > high)
        return QStringLiteral("must be between %1 and %2 (is %3)").arg(low).arg(high).arg(value);
    return {};
}

} // namespace

QString aeTitleProblem(const QString &aeTitle)
{
    if (aeTitle.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (aeTitle.size() > 16)
        return QStringLiteral("must be at most 16 characters (is %1)").arg(aeTitle.size());
    for (QChar c : aeTitle) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'\\')
            return QStringLiteral("may only contain printable ASCII characters other than backslash");
    }
    return {};
}

QStringList Device::problems(const QString &prefix) const
{
    QStringList found;
    auto problem = [&](const char *key, const QString &what) { found << field(prefix, key) + u": " + what; };
    auto range = [&](const char *key, int value, int low, int high) {
        if (QString p = rangeProblem(value, low, high); !p.isEmpty())
            problem(key, p);
    };
    if (name.trimmed().isEmpty())
        problem("name", QStringLiteral("must not be empty"));
    if (isDicomWeb()) { // no AE title, host or port: the URL says where
        if (const QString p = web.validate(field(prefix, "web")); !p.isEmpty())
            found << p;
    } else {
        if (QString p = aeTitleProblem(aeTitle); !p.isEmpty())
            problem("aeTitle", p);
        if (host.trimmed().isEmpty())
            problem("host", QStringLiteral("must not be empty"));
        else if (host.contains(u' '))
            problem("host", QStringLiteral("must not contain spaces"));
        range("port", port, 1, 65535);
        if (!callingAeTitle.isEmpty()) {
            if (QString p = aeTitleProblem(callingAeTitle); !p.isEmpty())
                problem("callingAeTitle", p);
        }
        range("maxPdu", maxPdu, kMinPdu, kMaxPdu);
        range("connectTimeout", connectTimeout, 1, kMaxTimeout);
        range("acseTimeout", acseTimeout, 1, kMaxTimeout);
        range("dimseTimeout", dimseTimeout, 1, kMaxTimeout);
        range("parallelAssociations", parallelAssociations, 1, kMaxParallel);
        if (QString p = characterSetProblem(characterSet); !p.isEmpty())
            problem("characterSet", p);
        range("maxAttempts", maxAttempts, 1, 1000);
        range("retryBackoffSeconds", retryBackoffSeconds, 1, 86400);
        range("retryBackoffMaxSeconds", retryBackoffMaxSeconds, retryBackoffSeconds, 7 * 86400);
        range("minIntervalMs", minIntervalMs, 0, 3600000);
        range("maxKilobytesPerSecond", maxKilobytesPerSecond, 0, 10000000);
        range("commitmentTimeoutSeconds", commitmentTimeoutSeconds, 5, 7 * 86400);
    }
    if (const QString p = tls.validate(field(prefix, "tls"), true); !p.isEmpty())
        found << p;
    return found;
}

QString Device::validate(const QString &prefix) const
{
    return problems(prefix).value(0);
}

QJsonObject Device::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("aeTitle"), aeTitle},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("description"), description},
        {QStringLiteral("maxPdu"), maxPdu},
        {QStringLiteral("connectTimeout"), connectTimeout},
        {QStringLiteral("acseTimeout"), acseTimeout},
        {QStringLiteral("dimseTimeout"), dimseTimeout},
        {QStringLiteral("decompressIfRefused"), decompressIfRefused},
        {QStringLiteral("default"), isDefault},
        {QStringLiteral("parallelAssociations"), parallelAssociations},
    };
    if (!callingAeTitle.isEmpty())
        o.insert(QStringLiteral("callingAeTitle"), callingAeTitle);
    if (!characterSet.isEmpty())
        o.insert(QStringLiteral("characterSet"), characterSet);
    o.insert(QStringLiteral("maxAttempts"), maxAttempts);
    o.insert(QStringLiteral("retryBackoffSeconds"), retryBackoffSeconds);
    o.insert(QStringLiteral("retryBackoffMaxSeconds"), retryBackoffMaxSeconds);
    o.insert(QStringLiteral("minIntervalMs"), minIntervalMs);
    o.insert(QStringLiteral("maxKilobytesPerSecond"), maxKilobytesPerSecond);
    if (builtInArchive)
        o.insert(QStringLiteral("builtIn"), QStringLiteral("localArchive"));
    if (tls != TlsSettings{})
        o.insert(QStringLiteral("tls"), tls.toJson());
    if (verifyAfterSend)
        o.insert(QStringLiteral("verifyAfterSend"), true);
    if (storageCommitment) {
        o.insert(QStringLiteral("storageCommitment"), true);
        o.insert(QStringLiteral("commitmentTimeoutSeconds"), commitmentTimeoutSeconds);
        o.insert(QStringLiteral("resendIfNotCommitted"), resendIfNotCommitted);
    }
    if (isDicomWeb())
        o.insert(QStringLiteral("web"), web.toJson());
    return o;
}

Result<Device> Device::fromJson(const QJsonObject &json, const QString &prefix)
{
    Device d;
    QString problem;
    auto readString = [&](const char *key, QString &out, bool required) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required && problem.isEmpty())
                problem = field(prefix, key) + QStringLiteral(": is missing");
            return;
        }
        if (!v.isString()) {
            if (problem.isEmpty())
                problem = field(prefix, key) + QStringLiteral(": must be a string");
            return;
        }
        out = v.toString();
    };
    auto readInt = [&](const char *key, int &out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        // QJsonValue::toInt gives the fallback for fractions and for numbers beyond int's range.
        const int number = v.toInt(std::numeric_limits<int>::min());
        if (!v.isDouble() || (number == std::numeric_limits<int>::min() && v.toDouble() != double(number))) {
            if (problem.isEmpty())
                problem = field(prefix, key) + QStringLiteral(": must be a whole number");
            return;
        }
        out = number;
    };
    auto readBool = [&](const char *key, bool &out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            if (problem.isEmpty())
                problem = field(prefix, key) + QStringLiteral(": must be true or false");
            return;
        }
        out = v.toBool();
    };
    if (json.contains(QStringLiteral("web"))) {
        auto web = DicomWebSettings::fromJson(json.value(QStringLiteral("web")).toObject(), field(prefix, "web"));
        if (!web)
            return std::unexpected(web.error());
        d.web = *web;
    }
    readString("name", d.name, true);
    readString("aeTitle", d.aeTitle, !d.isDicomWeb());
    readString("host", d.host, !d.isDicomWeb());
    readInt("port", d.port);
    readString("description", d.description, false);
    readString("callingAeTitle", d.callingAeTitle, false);
    readInt("maxPdu", d.maxPdu);
    readInt("connectTimeout", d.connectTimeout);
    readInt("acseTimeout", d.acseTimeout);
    readInt("dimseTimeout", d.dimseTimeout);
    readBool("decompressIfRefused", d.decompressIfRefused);
    readBool("default", d.isDefault);
    readInt("parallelAssociations", d.parallelAssociations);
    readString("characterSet", d.characterSet, false);
    readInt("maxAttempts", d.maxAttempts);
    readInt("retryBackoffSeconds", d.retryBackoffSeconds);
    readInt("retryBackoffMaxSeconds", d.retryBackoffMaxSeconds);
    readInt("minIntervalMs", d.minIntervalMs);
    readInt("maxKilobytesPerSecond", d.maxKilobytesPerSecond);
    readBool("verifyAfterSend", d.verifyAfterSend);
    readBool("storageCommitment", d.storageCommitment);
    readInt("commitmentTimeoutSeconds", d.commitmentTimeoutSeconds);
    readBool("resendIfNotCommitted", d.resendIfNotCommitted);
    d.builtInArchive = json.value(QStringLiteral("builtIn")).toString() == QLatin1String("localArchive");
    if (json.contains(QStringLiteral("tls")) && problem.isEmpty()) {
        auto tls = TlsSettings::fromJson(json.value(QStringLiteral("tls")).toObject(), field(prefix, "tls"), true);
        if (!tls)
            problem = tls.error().message;
        else
            d.tls = *tls;
    }
    if (problem.isEmpty())
        problem = d.validate(prefix);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    return d;
}

QString Device::address() const
{
    if (isDicomWeb())
        return web.url;
    return aeTitle + u'@' + host + u':' + QString::number(port);
}

} // namespace pacsdrop
