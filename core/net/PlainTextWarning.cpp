#include "net/PlainTextWarning.h"

#include "common/IpAddress.h"
#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace pacsdrop {

bool sendsInClearOverNetwork(const Device &device)
{
    if (device.tls.enabled || device.builtInArchive)
        return false;
    const QString host = device.host.trimmed().toLower();
    if (host == QStringLiteral("localhost"))
        return false;
    return !isLoopbackAddress(host);
}

bool warnOnceAboutClearText(const Device &device)
{
    if (!sendsInClearOverNetwork(device))
        return false;
    const QString dir = paths::dataDir() + QStringLiteral("/warned");
    QDir().mkpath(dir);
    const QByteArray key = QCryptographicHash::hash((device.name + u'|' + device.host).toUtf8(), QCryptographicHash::Sha1).toHex();
    QFile marker(dir + u'/' + QString::fromLatin1(key) + QStringLiteral(".clear-text"));
    return marker.open(QIODevice::WriteOnly | QIODevice::NewOnly); // false when it already exists
}

QString clearTextWarning(const Device &device)
{
    return QStringLiteral("files go to %1 (%2) unencrypted: anyone on the network path can read them. If the PACS "
                          "supports DICOM TLS, turn on TLS for this device (docs/delivery.md). This is said once per device.")
        .arg(device.name, device.host);
}

} // namespace pacsdrop
