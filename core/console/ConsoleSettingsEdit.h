#pragma once
// The console's settings page (docs/console.md, "Settings"): devices, listeners with their routing
// and retention, hot folders, and the Local archive's retention, read from and written to the same
// settings file the window and the CLI use, through the same parsers and validation (so the page
// can set nothing the file could not hold, and every problem names its field). Sealed secrets
// (DICOMweb passwords and tokens, private key passphrases) never leave the server: they are shown as kKeptSecret and
// a value sent back as kKeptSecret keeps what the entry had.

#include "common/Error.h"
#include "settings/Settings.h"

#include <QJsonObject>

namespace pacsdrop {

inline constexpr char kKeptSecret[] = "(kept)";

// {devices, listeners, hotFolders, localArchiveRetention, localAeTitle}, secrets masked.
QJsonObject consoleSettingsJson(const Settings &settings);

// Adds or replaces one entry of a section ("devices", "listeners", "hotFolders"). replacing: the
// name (for hot folders, the folder) of the entry it replaces; empty for a new entry, which must not
// take an existing one's name. The whole settings are validated afterwards.
Result<void> putSettingsEntry(Settings &settings, const QString &section, const QJsonObject &entry, const QString &replacing);
Result<void> removeSettingsEntry(Settings &settings, const QString &section, const QString &key);
Result<void> setLocalArchiveRetention(Settings &settings, int keepDays, double keepGigabytes);

// A device as the page sent it, to echo before saving: secrets restored from the saved device of
// that name only when its address (host, port, AE title, TLS, DICOMweb URL) is unchanged.
Result<Device> deviceFromPage(const Settings &settings, const QJsonObject &entry);

} // namespace pacsdrop
