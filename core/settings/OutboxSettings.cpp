#include "settings/OutboxSettings.h"

#include "common/SecretBox.h"

#include <QDir>
#include <QRegularExpression>
#include <QSysInfo>

namespace pacsdrop {

namespace {

const QString kPostgresKey = QStringLiteral("postgresql");
const QString kPasswordKey = QStringLiteral("password");
const QString kSpoolKey = QStringLiteral("spool");
const QString kNodeKey = QStringLiteral("node");
const QString kLeaseKey = QStringLiteral("leaseSeconds");

// The libpq keywords a site may need; anything else is more likely a typo than a wish.
const QStringList kKnownKeys{QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"), QStringLiteral("dbname"),
                             QStringLiteral("user"), QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                             QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
                             QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
                             QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
                             QStringLiteral("gssencmode")};
const QStringList kSslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList kGssEncModes{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};

} // namespace

Result<QMap<QString, QString>> parseConnectionString(const QString &text)
{
    if (text.contains(QStringLiteral("://")))
        return fail(ErrorCode::InvalidSettings, QStringLiteral("give it as key=value pairs (host=… dbname=… user=…), not as a postgresql:// address"));
    QMap<QString, QString> out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text[i].isSpace())
            ++i;
    };
    for (skipSpace(); i < text.size(); skipSpace()) {
        // Messages never repeat the text: whatever it holds (a password typed in by mistake) stays out of logs.
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            return fail(ErrorCode::InvalidSettings, QStringLiteral("not in key=value form (host=… dbname=… user=…)"));
        const QString key = text.mid(i, eq - i).trimmed();
        if (!QRegularExpression(QStringLiteral("^[a-z_]+$")).match(key).hasMatch())
            return fail(ErrorCode::InvalidSettings, QStringLiteral("not in key=value form (host=… dbname=… user=…)"));
        i = eq + 1;
        skipSpace();
        QString value;
        if (i < text.size() && text[i] == u'\'') { // quoted: backslash escapes a quote or a backslash
            ++i;
            bool closed = false;
            for (; i < text.size(); ++i) {
                if (text[i] == u'\\' && i + 1 < text.size()) {
                    value += text[++i];
                } else if (text[i] == u'\'') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    value += text[i];
                }
            }
            if (!closed)
                return fail(ErrorCode::InvalidSettings, QStringLiteral("the value of %1 has no closing quote").arg(key));
        } else {
            while (i < text.size() && !text[i].isSpace())
                value += text[i++];
        }
        out.insert(key, value);
    }
    return out;
}

Result<void> OutboxSettings::setPassword(const QString &password) { return sealInto(sealedPassword, password); }

Result<QString> OutboxSettings::password() const
{
    if (sealedPassword.isEmpty())
        return QString();
    return openSecret(sealedPassword);
}

QString OutboxSettings::nodeName() const { return node.isEmpty() ? QSysInfo::machineHostName() : node; }

QString OutboxSettings::validate(const QString &prefix) const
{
    if (!isShared()) {
        if (!spool.isEmpty())
            return prefix + QStringLiteral(".spool: a shared spool is for a shared outbox; set postgresql too, or remove spool");
        return {};
    }
    auto keys = parseConnectionString(postgresql);
    if (!keys)
        return prefix + QStringLiteral(".postgresql: ") + keys.error().message;
    for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
        if (it.key() == kPasswordKey)
            return prefix + QStringLiteral(".postgresql: no password in the connection; set it with \"pacsdrop secret outbox-password\","
                                           " which stores it sealed");
        if (!kKnownKeys.contains(it.key()))
            return prefix + QStringLiteral(".postgresql: \"%1\" is not a connection setting PacsDrop passes on (use %2)")
                                .arg(it.key(), kKnownKeys.join(QStringLiteral(", ")));
    }
    if (!keys->contains(QStringLiteral("dbname")))
        return prefix + QStringLiteral(".postgresql: name the database (dbname=…)");
    if (keys->contains(QStringLiteral("sslmode")) && !kSslModes.contains(keys->value(QStringLiteral("sslmode"))))
        return prefix + QStringLiteral(".postgresql: sslmode must be one of ") + kSslModes.join(QStringLiteral(", "));
    if (keys->contains(QStringLiteral("gssencmode")) && !kGssEncModes.contains(keys->value(QStringLiteral("gssencmode"))))
        return prefix + QStringLiteral(".postgresql: gssencmode must be one of ") + kGssEncModes.join(QStringLiteral(", "));
    if (!sealedPassword.isEmpty() && !isSealed(sealedPassword))
        return prefix + QStringLiteral(".password: is in clear text; set it with \"pacsdrop secret outbox-password\", which stores it sealed");
    if (spool.isEmpty() || !QDir::isAbsolutePath(spool))
        return prefix + QStringLiteral(".spool: a shared outbox needs the spool folder every node reaches (an absolute path, e.g. an NFS mount)");
    if (node.contains(u'#') || node.size() > 64)
        return prefix + QStringLiteral(".node: at most 64 characters, without \"#\"");
    if (leaseSeconds < 5 || leaseSeconds > 600)
        return prefix + QStringLiteral(".leaseSeconds: must be between 5 and 600");
    return {};
}

QJsonObject OutboxSettings::toJson() const
{
    if (!isShared() && spool.isEmpty())
        return {};
    return {{kPostgresKey, postgresql}, {kPasswordKey, sealedPassword}, {kSpoolKey, spool}, {kNodeKey, node}, {kLeaseKey, leaseSeconds}};
}

Result<OutboxSettings> OutboxSettings::fromJson(const QJsonObject &json, const QString &prefix)
{
    OutboxSettings s;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() == kLeaseKey ? !it.value().isDouble() : !it.value().isString())
            return fail(ErrorCode::InvalidSettings,
                        QStringLiteral("%1.%2: must be %3").arg(prefix, it.key(), it.key() == kLeaseKey ? QStringLiteral("a number") : QStringLiteral("text")));
        if (!QStringList{kPostgresKey, kPasswordKey, kSpoolKey, kNodeKey, kLeaseKey}.contains(it.key()))
            return fail(ErrorCode::InvalidSettings, QStringLiteral("%1.%2: is not an outbox setting").arg(prefix, it.key()));
    }
    s.postgresql = json.value(kPostgresKey).toString().trimmed();
    s.sealedPassword = json.value(kPasswordKey).toString();
    s.spool = json.value(kSpoolKey).toString();
    s.node = json.value(kNodeKey).toString().trimmed();
    s.leaseSeconds = json.value(kLeaseKey).toInt(s.leaseSeconds);
    if (const QString p = s.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return s;
}

} // namespace pacsdrop
