#include "settings/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pacsdrop {

namespace {

const QString kSchemaKey = QStringLiteral("schemaVersion");
const QString kLocalAeKey = QStringLiteral("localAeTitle");
const QString kDevicesKey = QStringLiteral("devices");
const QString kConversionKey = QStringLiteral("conversion");
const QString kWorklistDevicesKey = QStringLiteral("worklistDevices");
const QString kSiteKey = QStringLiteral("site");
const QString kHotFoldersKey = QStringLiteral("hotFolders");
const QString kListenersKey = QStringLiteral("listeners");
const QString kApiKey = QStringLiteral("api");
const QString kQueryDevicesKey = QStringLiteral("queryDevices");
const QString kOutboxKey = QStringLiteral("outbox");

// A list of lookup devices under key, each named "key[i]" in messages.
Result<QList<LookupDevice>> lookupDevicesFrom(const QJsonObject &root, const QString &key)
{
    QList<LookupDevice> list;
    if (root.contains(key) && !root.value(key).isArray())
        return fail(ErrorCode::InvalidSettings, key + QStringLiteral(": must be a list"));
    const QJsonArray array = root.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(": must be an object"));
        auto device = LookupDevice::fromJson(array.at(i).toObject(), prefix);
        if (!device)
            return std::unexpected(device.error());
        list.append(*device);
    }
    return list;
}

QString lookupDevicesProblem(const QList<LookupDevice> &list, const QString &key)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (const QString p = list[i].validate(prefix); !p.isEmpty())
            return p;
        for (qsizetype j = 0; j < i; ++j) {
            if (list[j].connection.name.compare(list[i].connection.name, Qt::CaseInsensitive) == 0)
                return prefix + QStringLiteral(".name: \"%1\" is used by %2[%3] too").arg(list[i].connection.name, key).arg(j);
        }
    }
    return {};
}

std::optional<LookupDevice> findByName(const QList<LookupDevice> &list, const QString &name)
{
    for (const LookupDevice &d : list) {
        if (d.connection.name.compare(name, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

Error settingsError(const QString &path, const QString &problem)
{
    return Error{ErrorCode::InvalidSettings, QStringLiteral("%1: %2").arg(path, problem), {}};
}

} // namespace

Result<Settings> Settings::load(const QString &path)
{
    Settings s;
    s.m_path = path;
    QFile file(path);
    if (!file.exists())
        return s;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read settings %1: %2").arg(path, file.errorString()));

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(settingsError(path, QStringLiteral("not valid JSON at offset %1: %2")
                                                       .arg(parseError.offset).arg(parseError.errorString())));
    if (!doc.isObject())
        return std::unexpected(settingsError(path, QStringLiteral("the top level must be a JSON object")));
    const QJsonObject root = doc.object();

    const int version = root.value(kSchemaKey).toInt(kSchemaVersion);
    if (version > kSchemaVersion)
        return std::unexpected(settingsError(path, QStringLiteral("schemaVersion: %1 was written by a newer PacsDrop "
                                                                  "(this one understands %2); not touching it")
                                                       .arg(version).arg(kSchemaVersion)));
    if (version < 1)
        return std::unexpected(settingsError(path, QStringLiteral("schemaVersion: must be 1 or more (is %1)").arg(version)));
    // Migration steps from older schema versions go here, one per version.

    if (root.contains(kLocalAeKey)) {
        if (!root.value(kLocalAeKey).isString())
            return std::unexpected(settingsError(path, QStringLiteral("localAeTitle: must be a string")));
        s.m_localAeTitle = root.value(kLocalAeKey).toString();
    }
    if (root.contains(kDevicesKey) && !root.value(kDevicesKey).isArray())
        return std::unexpected(settingsError(path, QStringLiteral("devices: must be a list")));
    const QJsonArray devices = root.value(kDevicesKey).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QString prefix = QStringLiteral("devices[%1]").arg(i);
        if (!devices.at(i).isObject())
            return std::unexpected(settingsError(path, prefix + QStringLiteral(": must be an object")));
        auto device = Device::fromJson(devices.at(i).toObject(), prefix);
        if (!device)
            return std::unexpected(settingsError(path, device.error().message));
        s.m_devices.append(*device);
    }
    if (root.contains(kConversionKey)) {
        if (!root.value(kConversionKey).isObject())
            return std::unexpected(settingsError(path, QStringLiteral("conversion: must be an object")));
        auto conversion = ConversionSettings::fromJson(root.value(kConversionKey).toObject());
        if (!conversion)
            return std::unexpected(settingsError(path, conversion.error().message));
        s.m_conversion = *conversion;
    }
    if (root.contains(kSiteKey)) {
        if (!root.value(kSiteKey).isObject())
            return std::unexpected(settingsError(path, QStringLiteral("site: must be an object")));
        auto site = SiteSettings::fromJson(root.value(kSiteKey).toObject());
        if (!site)
            return std::unexpected(settingsError(path, site.error().message));
        s.m_site = *site;
    }
    if (root.contains(kOutboxKey)) {
        if (!root.value(kOutboxKey).isObject())
            return std::unexpected(settingsError(path, QStringLiteral("outbox: must be an object")));
        auto outbox = OutboxSettings::fromJson(root.value(kOutboxKey).toObject());
        if (!outbox)
            return std::unexpected(settingsError(path, outbox.error().message));
        s.m_outbox = *outbox;
    }
    if (root.contains(kApiKey)) {
        if (!root.value(kApiKey).isObject())
            return std::unexpected(settingsError(path, QStringLiteral("api: must be an object")));
        auto api = ApiSettings::fromJson(root.value(kApiKey).toObject());
        if (!api)
            return std::unexpected(settingsError(path, api.error().message));
        s.m_api = *api;
    }
    if (root.contains(kHotFoldersKey) && !root.value(kHotFoldersKey).isArray())
        return std::unexpected(settingsError(path, QStringLiteral("hotFolders: must be a list")));
    const QJsonArray folders = root.value(kHotFoldersKey).toArray();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        auto folder = HotFolder::fromJson(folders.at(i).toObject(), QStringLiteral("hotFolders[%1]").arg(i));
        if (!folder)
            return std::unexpected(settingsError(path, folder.error().message));
        s.m_hotFolders.append(*folder);
    }
    const QJsonArray listeners = root.value(kListenersKey).toArray();
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        auto listener = InboundListener::fromJson(listeners.at(i).toObject(), QStringLiteral("listeners[%1]").arg(i));
        if (!listener)
            return std::unexpected(settingsError(path, listener.error().message));
        s.m_listeners.append(*listener);
    }
    auto worklist = lookupDevicesFrom(root, kWorklistDevicesKey);
    if (!worklist)
        return std::unexpected(settingsError(path, worklist.error().message));
    s.m_worklistDevices = *worklist;
    auto query = lookupDevicesFrom(root, kQueryDevicesKey);
    if (!query)
        return std::unexpected(settingsError(path, query.error().message));
    s.m_queryDevices = *query;
    if (const QString problem = s.validate(); !problem.isEmpty())
        return std::unexpected(settingsError(path, problem));
    return s;
}

QString Settings::validate() const
{
    if (const QString p = aeTitleProblem(m_localAeTitle); !p.isEmpty())
        return QStringLiteral("localAeTitle: ") + p;
    if (const QString p = m_conversion.validate(); !p.isEmpty())
        return p;
    if (const QString p = m_site.validate(); !p.isEmpty())
        return p;
    if (const QString p = m_api.validate(); !p.isEmpty())
        return p;
    if (const QString p = m_outbox.validate(); !p.isEmpty())
        return p;
    int defaults = 0;
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        const QString prefix = QStringLiteral("devices[%1]").arg(i);
        if (const QString p = m_devices[i].validate(prefix); !p.isEmpty())
            return p;
        for (qsizetype j = 0; j < i; ++j) {
            if (m_devices[j].name.compare(m_devices[i].name, Qt::CaseInsensitive) == 0)
                return prefix + QStringLiteral(".name: \"%1\" is used by devices[%2] too").arg(m_devices[i].name).arg(j);
        }
        if (m_devices[i].isDefault && ++defaults > 1)
            return prefix + QStringLiteral(".default: only one device can be the default");
    }
    if (const QString p = lookupDevicesProblem(m_worklistDevices, kWorklistDevicesKey); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < m_listeners.size(); ++i) {
        const QString prefix = QStringLiteral("listeners[%1]").arg(i);
        if (const QString p = m_listeners[i].validate(prefix); !p.isEmpty())
            return p;
        for (const QString &target : m_listeners[i].forwardTo) {
            if (!device(target))
                return prefix + QStringLiteral(".forwardTo: \"%1\" is not a configured device").arg(target);
        }
    }
    for (qsizetype i = 0; i < m_hotFolders.size(); ++i) {
        const QString prefix = QStringLiteral("hotFolders[%1]").arg(i);
        if (const QString p = m_hotFolders[i].validate(prefix); !p.isEmpty())
            return p;
        if (!device(m_hotFolders[i].destination))
            return prefix + QStringLiteral(".destination: \"%1\" is not a configured device").arg(m_hotFolders[i].destination);
    }
    return lookupDevicesProblem(m_queryDevices, kQueryDevicesKey);
}

Result<void> Settings::save() const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, QStringLiteral("not saved: ") + problem);
    QJsonArray devices;
    for (const Device &d : m_devices)
        devices.append(d.toJson());
    QJsonArray worklist, query, hotFolders, listenerArray;
    for (const InboundListener &l : m_listeners)
        listenerArray.append(l.toJson());
    for (const HotFolder &h : m_hotFolders)
        hotFolders.append(h.toJson());
    for (const LookupDevice &d : m_worklistDevices)
        worklist.append(d.toJson());
    for (const LookupDevice &d : m_queryDevices)
        query.append(d.toJson());
    QJsonObject root{{kSchemaKey, kSchemaVersion}, {kLocalAeKey, m_localAeTitle}, {kDevicesKey, devices},
                           {kWorklistDevicesKey, worklist}, {kQueryDevicesKey, query}, {kConversionKey, m_conversion.toJson()},
                           {kSiteKey, m_site.toJson()}, {kHotFoldersKey, hotFolders}, {kListenersKey, listenerArray},
                           {kApiKey, m_api.toJson()}};
    if (const QJsonObject outbox = m_outbox.toJson(); !outbox.isEmpty())
        root.insert(kOutboxKey, outbox);

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    // QSaveFile writes a temporary file beside the target and renames it on commit().
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write settings %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    // The file holds the API password hash: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write settings %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<void> Settings::saveAs(const QString &path)
{
    m_path = path;
    return save();
}

Result<void> Settings::putDevice(const Device &device)
{
    if (const QString problem = device.validate(QStringLiteral("device")); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    if (device.isDefault) {
        for (Device &d : m_devices)
            d.isDefault = false;
    }
    for (Device &d : m_devices) {
        if (d.name.compare(device.name, Qt::CaseInsensitive) == 0) {
            d = device;
            return {};
        }
    }
    m_devices.append(device);
    return {};
}

bool Settings::removeDevice(const QString &name)
{
    return m_devices.removeIf([&](const Device &d) { return d.name.compare(name, Qt::CaseInsensitive) == 0; }) > 0;
}

std::optional<Device> Settings::device(const QString &name) const
{
    for (const Device &d : m_devices) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

std::optional<Device> Settings::defaultDevice() const
{
    for (const Device &d : m_devices) {
        if (d.isDefault)
            return d;
    }
    if (m_devices.size() == 1)
        return m_devices.first();
    return std::nullopt;
}

std::optional<LookupDevice> Settings::worklistDevice(const QString &name) const { return findByName(m_worklistDevices, name); }

std::optional<LookupDevice> Settings::queryDevice(const QString &name) const { return findByName(m_queryDevices, name); }

} // namespace pacsdrop
