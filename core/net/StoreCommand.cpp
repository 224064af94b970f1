#include "net/StoreCommand.h"

namespace pacsdrop {

namespace {

void putU16(QByteArray &out, std::uint16_t v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

void putU32(QByteArray &out, std::uint32_t v)
{
    putU16(out, std::uint16_t(v & 0xFFFF));
    putU16(out, std::uint16_t(v >> 16));
}

// Tag, 4-byte length, value (implicit VR).
void putElement(QByteArray &out, std::uint16_t element, const QByteArray &value)
{
    putU16(out, 0x0000);
    putU16(out, element);
    putU32(out, std::uint32_t(value.size()));
    out.append(value);
}

QByteArray us(std::uint16_t v)
{
    QByteArray b;
    putU16(b, v);
    return b;
}

// UI values are padded to even length with a NUL (PS3.5 6.2).
QByteArray ui(const QString &uid)
{
    QByteArray b = uid.toLatin1();
    if (b.size() % 2)
        b.append('\0');
    return b;
}

} // namespace

QByteArray storeRequestCommand(std::uint16_t messageId, const QString &sopClassUid, const QString &sopInstanceUid)
{
    constexpr std::uint16_t kCStoreRq = 0x0001, kPriorityMedium = 0x0000, kDataSetPresent = 0x0001; // any but 0x0101
    QByteArray body;
    putElement(body, 0x0002, ui(sopClassUid));      // Affected SOP Class UID
    putElement(body, 0x0100, us(kCStoreRq));        // Command Field
    putElement(body, 0x0110, us(messageId));        // Message ID
    putElement(body, 0x0700, us(kPriorityMedium));  // Priority
    putElement(body, 0x0800, us(kDataSetPresent));  // Command Data Set Type
    putElement(body, 0x1000, ui(sopInstanceUid));   // Affected SOP Instance UID
    QByteArray command;
    QByteArray length;
    putU32(length, std::uint32_t(body.size()));
    putElement(command, 0x0000, length);            // Command Group Length
    return command + body;
}

} // namespace pacsdrop
