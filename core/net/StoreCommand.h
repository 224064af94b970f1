#pragma once
// The C-STORE-RQ command set (PS3.7 9.3.1.1) as it goes on the wire: group 0000, implicit VR
// little endian (PS3.7 6.3.1), elements in tag order, the group length first. Used when a file's
// dataset is sent as it is, straight from the file, after this command.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace pacsdrop {

QByteArray storeRequestCommand(std::uint16_t messageId, const QString &sopClassUid, const QString &sopInstanceUid);

} // namespace pacsdrop
