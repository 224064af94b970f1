#pragma once
// The one owner of PacsDrop's settings (settings.json). Each key is declared once, with its
// default, in Settings.cpp. load() validates everything and names the offending field; save()
// writes a temporary file and renames it, so the file is never half-written. Not thread-safe:
// fronts load a copy and hand values to the pipeline.

#include "common/Error.h"
#include "settings/ApiSettings.h"
#include "settings/ConversionSettings.h"
#include "settings/Device.h"
#include "settings/HotFolder.h"
#include "settings/InboundListener.h"
#include "settings/LookupDevice.h"
#include "settings/OutboxSettings.h"
#include "settings/SiteSettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace pacsdrop {

class Settings final {
public:
    static constexpr int kSchemaVersion = 1;

    // A missing file gives the defaults (and is not created until save()).
    static Result<Settings> load(const QString &path);
    Result<void> save() const;
    Result<void> saveAs(const QString &path);

    const QString &path() const { return m_path; }

    QString localAeTitle() const { return m_localAeTitle; }
    void setLocalAeTitle(const QString &aeTitle) { m_localAeTitle = aeTitle; }

    const QList<Device> &devices() const { return m_devices; }
    void setDevices(const QList<Device> &devices) { m_devices = devices; } // checked by validate()
    // Adds or replaces (by name, case-insensitive); a new default clears the old one.
    Result<void> putDevice(const Device &device);
    bool removeDevice(const QString &name);
    std::optional<Device> device(const QString &name) const;
    std::optional<Device> defaultDevice() const;

    // Modality Worklist devices and Query/Retrieve (C-FIND) devices, each list with unique names.
    const QList<LookupDevice> &worklistDevices() const { return m_worklistDevices; }
    void setWorklistDevices(const QList<LookupDevice> &devices) { m_worklistDevices = devices; }
    const QList<LookupDevice> &queryDevices() const { return m_queryDevices; }
    void setQueryDevices(const QList<LookupDevice> &devices) { m_queryDevices = devices; }
    std::optional<LookupDevice> worklistDevice(const QString &name) const;
    std::optional<LookupDevice> queryDevice(const QString &name) const;

    // Watched folders (Monitor); each destination must be a configured device.
    const QList<HotFolder> &hotFolders() const { return m_hotFolders; }
    void setHotFolders(const QList<HotFolder> &folders) { m_hotFolders = folders; }

    // Inbound DICOM listeners (C-STORE SCPs) and their routing.
    const QList<InboundListener> &listeners() const { return m_listeners; }
    void setListeners(const QList<InboundListener> &listeners) { m_listeners = listeners; }

    // The local HTTP API (started by `pacsdrop serve`).
    const ApiSettings &api() const { return m_api; }
    void setApi(const ApiSettings &api) { m_api = api; }

    const SiteSettings &site() const { return m_site; }
    void setSite(const SiteSettings &site) { m_site = site; }

    const ConversionSettings &conversion() const { return m_conversion; }
    void setConversion(const ConversionSettings &conversion) { m_conversion = conversion; }

    // Where the outbox lives: the embedded SQLite file, or a PostgreSQL database several nodes share.
    const OutboxSettings &outbox() const { return m_outbox; }
    void setOutbox(const OutboxSettings &outbox) { m_outbox = outbox; }

    // Empty when the whole configuration is valid, else "field: problem".
    QString validate() const;

private:
    QString m_path;
    QString m_localAeTitle = QStringLiteral("PACSDROP");
    QList<Device> m_devices;
    QList<LookupDevice> m_worklistDevices;
    QList<LookupDevice> m_queryDevices;
    ConversionSettings m_conversion;
    OutboxSettings m_outbox;
    SiteSettings m_site;
    QList<HotFolder> m_hotFolders;
    QList<InboundListener> m_listeners;
    ApiSettings m_api;
};

} // namespace pacsdrop
