#include "console/ConsoleSettingsEdit.h"

#include <QJsonArray>

namespace pacsdrop {

namespace {

// The settings keys that hold sealed secrets (DicomWebSettings "secret", TlsSettings
// "privateKeyPassphrase"), and any a later setting adds with such a name.
bool isSecretKey(const QString &key)
{
    return key.contains(QLatin1String("secret"), Qt::CaseInsensitive) || key.contains(QLatin1String("passphrase"), Qt::CaseInsensitive)
           || key.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

QJsonValue masked(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), masked(it.value(), it.key()));
        return out;
    }
    if (isSecretKey(key) && !value.toString().isEmpty())
        return QLatin1String(kKeptSecret);
    return value;
}

// Values sent back as kKeptSecret take the saved entry's value at the same place.
QJsonObject withSecretsKept(const QJsonObject &sent, const QJsonObject &saved)
{
    QJsonObject out = sent;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.value().isObject())
            out.insert(it.key(), withSecretsKept(it.value().toObject(), saved.value(it.key()).toObject()));
        else if (it.value().toString() == QLatin1String(kKeptSecret))
            out.insert(it.key(), saved.value(it.key()));
    }
    return out;
}

template <typename T>
QJsonArray maskedArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(masked(item.toJson(), {}));
    return out;
}

QString nameOf(const Device &d) { return d.name; }
QString nameOf(const InboundListener &l) { return l.name; }
QString nameOf(const HotFolder &h) { return h.folder; }

// Where the entry named key is (names compare without case, as the settings do); -1: none.
template <typename T>
qsizetype indexOf(const QList<T> &list, const QString &key)
{
    for (qsizetype i = 0; !key.isEmpty() && i < list.size(); ++i) {
        if (nameOf(list[i]).compare(key, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// One entry put into a list: parsed by the settings' own parser, secrets kept, name unique.
template <typename T>
Result<QList<T>> put(QList<T> list, const QJsonObject &sent, const QString &replacing, const QString &section)
{
    const qsizetype at = indexOf(list, replacing);
    if (!replacing.isEmpty() && at < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is no longer in the settings (changed meanwhile?); reload the page").arg(replacing));
    const QJsonObject entry = at >= 0 ? withSecretsKept(sent, list[at].toJson()) : sent;
    auto parsed = T::fromJson(entry, section);
    if (!parsed)
        return std::unexpected(parsed.error());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i != at && nameOf(list[i]).compare(nameOf(*parsed), Qt::CaseInsensitive) == 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("%1: \"%2\" exists already").arg(section, nameOf(*parsed)));
    }
    if (at >= 0)
        list[at] = *parsed;
    else
        list.append(*parsed);
    return list;
}

template <typename T>
Result<QList<T>> removed(QList<T> list, const QString &key, const QString &section)
{
    if (list.removeIf([&](const T &item) { return nameOf(item).compare(key, Qt::CaseInsensitive) == 0; }) == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1: there is no \"%2\"").arg(section, key.left(200)));
    return list;
}

Result<void> checked(const Settings &settings)
{
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    return {};
}

} // namespace

QJsonObject consoleSettingsJson(const Settings &settings)
{
    return {{QStringLiteral("devices"), maskedArray(settings.devices())},
            {QStringLiteral("listeners"), maskedArray(settings.listeners())},
            {QStringLiteral("hotFolders"), maskedArray(settings.hotFolders())},
            {QStringLiteral("localAeTitle"), settings.localAeTitle()},
            {QStringLiteral("localArchiveRetention"), QJsonObject{{QStringLiteral("keepDays"), settings.site().localArchiveKeepDays},
                                                                 {QStringLiteral("keepGigabytes"), settings.site().localArchiveKeepGigabytes}}}};
}

Result<void> putSettingsEntry(Settings &settings, const QString &section, const QJsonObject &entry, const QString &replacing)
{
    Settings changed = settings;
    if (section == QLatin1String("devices")) {
        auto list = put(settings.devices(), entry, replacing, section);
        if (!list)
            return std::unexpected(list.error());
        // A renamed device: the folders and listeners that sent to it send to the new name.
        const qsizetype at = indexOf(settings.devices(), replacing);
        const QString newName = at >= 0 ? list->at(at).name : QString();
        if (at >= 0 && newName != replacing) {
            QList<HotFolder> folders = settings.hotFolders();
            for (HotFolder &f : folders)
                if (f.destination.compare(replacing, Qt::CaseInsensitive) == 0)
                    f.destination = newName;
            QList<InboundListener> listeners = settings.listeners();
            for (InboundListener &l : listeners)
                for (QString &target : l.forwardTo)
                    if (target.compare(replacing, Qt::CaseInsensitive) == 0)
                        target = newName;
            changed.setHotFolders(folders);
            changed.setListeners(listeners);
        }
        changed.setDevices(*list);
    } else if (section == QLatin1String("listeners")) {
        auto list = put(settings.listeners(), entry, replacing, section);
        if (!list)
            return std::unexpected(list.error());
        changed.setListeners(*list);
    } else if (section == QLatin1String("hotFolders")) {
        auto list = put(settings.hotFolders(), entry, replacing, section);
        if (!list)
            return std::unexpected(list.error());
        changed.setHotFolders(*list);
    } else {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("there is no settings section \"%1\"").arg(section.left(40)));
    }
    if (auto ok = checked(changed); !ok)
        return ok;
    settings = changed;
    return {};
}

Result<void> removeSettingsEntry(Settings &settings, const QString &section, const QString &key)
{
    Settings changed = settings;
    if (section == QLatin1String("devices")) {
        auto list = removed(settings.devices(), key, section);
        if (!list)
            return std::unexpected(list.error());
        changed.setDevices(*list);
    } else if (section == QLatin1String("listeners")) {
        auto list = removed(settings.listeners(), key, section);
        if (!list)
            return std::unexpected(list.error());
        changed.setListeners(*list);
    } else if (section == QLatin1String("hotFolders")) {
        auto list = removed(settings.hotFolders(), key, section);
        if (!list)
            return std::unexpected(list.error());
        changed.setHotFolders(*list);
    } else {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("there is no settings section \"%1\"").arg(section.left(40)));
    }
    if (auto ok = checked(changed); !ok) // e.g. a device a hot folder still sends to
        return ok;
    settings = changed;
    return {};
}

Result<void> setLocalArchiveRetention(Settings &settings, int keepDays, double keepGigabytes)
{
    SiteSettings site = settings.site();
    site.localArchiveKeepDays = keepDays;
    site.localArchiveKeepGigabytes = keepGigabytes;
    if (const QString problem = site.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    settings.setSite(site);
    return {};
}

Result<Device> deviceFromPage(const Settings &settings, const QJsonObject &entry)
{
    const auto saved = settings.device(entry.value(QStringLiteral("name")).toString());
    const QJsonObject savedJson = saved ? saved->toJson() : QJsonObject();
    // The saved secret goes only where it went before: the same address, the same TLS settings.
    // Otherwise a page could send a device's password to a server of its choosing.
    bool sameAddress = saved.has_value();
    for (const char *key : {"host", "port", "aeTitle", "tls"})
        sameAddress = sameAddress && entry.value(QLatin1String(key)) == savedJson.value(QLatin1String(key));
    sameAddress = sameAddress && entry.value(QStringLiteral("web")).toObject().value(QStringLiteral("url"))
                                     == savedJson.value(QStringLiteral("web")).toObject().value(QStringLiteral("url"));
    return Device::fromJson(sameAddress ? withSecretsKept(entry, savedJson) : withSecretsKept(entry, QJsonObject()), QStringLiteral("device"));
}

} // namespace pacsdrop
