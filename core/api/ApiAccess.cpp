#include "api/ApiAccess.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace pacsdrop {

namespace {

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isInside(const QString &canonical, const QString &canonicalRoot)
{
    const QString root = canonicalRoot.endsWith(u'/') ? canonicalRoot : canonicalRoot + u'/';
    return canonical == canonicalRoot || canonical.startsWith(root);
}

} // namespace

bool addressAllowed(const QHostAddress &caller, const QStringList &allow)
{
    const QHostAddress address = plainAddress(caller);
    for (const QString &entry : allow) {
        if (entry.contains(u'/')) {
            if (address.isInSubnet(QHostAddress::parseSubnet(entry)))
                return true;
        } else if (QHostAddress(entry).isEqual(address, QHostAddress::TolerantConversion)) {
            return true;
        }
    }
    return false;
}

bool hostHeaderAllowed(const QByteArray &host, const ApiSettings &settings)
{
    QString name = QString::fromLatin1(host).trimmed().toLower();
    if (name.startsWith(u'[')) { // [::1]:8770
        name = name.mid(1, name.indexOf(u']') - 1);
    } else if (name.count(u':') == 1) {
        name = name.left(name.indexOf(u':'));
    }
    if (name.isEmpty())
        return false;
    if (name == QStringLiteral("localhost"))
        return true;
    const QHostAddress literal(name);
    if (!literal.isNull()) {
        if (literal.isLoopback())
            return true;
        const QHostAddress listen(settings.address);
        if (!listen.isNull() && listen != QHostAddress::AnyIPv4 && listen != QHostAddress::AnyIPv6 && literal.isEqual(listen))
            return true;
    }
    for (const QString &allowed : settings.hostNames) {
        if (allowed.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<QString> confinedPath(const QString &path, const QStringList &roots)
{
    if (roots.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no folders are open to the API (api.roots is empty)"));
    if (path.isEmpty() || QDir::isRelativePath(path))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not an absolute path").arg(path));
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("\"%1\": \"..\" is not allowed in paths").arg(path));
    // Outside the roots as written: refused before the file system is asked anything about it.
    const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(path));
    const auto insideAny = [&roots](const QString &candidate, bool canonicalRoots) {
        return std::any_of(roots.cbegin(), roots.cend(), [&](const QString &root) {
            const QString r = canonicalRoots ? QFileInfo(root).canonicalFilePath() : QDir::cleanPath(QDir::fromNativeSeparators(root));
            return !r.isEmpty() && isInside(candidate, r);
        });
    };
    const QString outside = QStringLiteral("\"%1\" is outside the folders open to the API").arg(path);
    if (!insideAny(cleaned, false))
        return fail(ErrorCode::InvalidArgument, outside);
    const QString canonical = QFileInfo(cleaned).canonicalFilePath();
    if (canonical.isEmpty())
        return fail(ErrorCode::FileNotFound, QStringLiteral("\"%1\" does not exist").arg(path));
    if (!insideAny(canonical, true)) // a symbolic link pointing out of the roots
        return fail(ErrorCode::InvalidArgument, outside);
    return canonical;
}

} // namespace pacsdrop
