#include "net/DimseStatus.h"

namespace pacsdrop {

QString statusHex(std::uint16_t status)
{
    return QStringLiteral("0x") + QString::number(status, 16).rightJustified(4, u'0').toUpper();
}

DimseStatus describeStoreStatus(std::uint16_t s)
{
    using K = DimseStatus::Kind;
    switch (s) {
    case 0x0000: return {K::Success, QStringLiteral("stored")};
    case 0x0001: return {K::Warning, QStringLiteral("stored with a warning: requested optional attributes are not supported")};
    case 0xB000: return {K::Warning, QStringLiteral("stored with a warning: the PACS changed (coerced) some data elements")};
    case 0xB006: return {K::Warning, QStringLiteral("stored with a warning: the PACS discarded some data elements")};
    case 0xB007: return {K::Warning, QStringLiteral("stored with a warning: the data set does not match the SOP class")};
    case 0x0107: return {K::Warning, QStringLiteral("stored with a warning: attribute list error")};
    case 0x0116: return {K::Warning, QStringLiteral("stored with a warning: attribute value out of range")};
    case 0x0110: return {K::Failure, QStringLiteral("the PACS reported a processing failure")};
    case 0x0111: return {K::Failure, QStringLiteral("the PACS refused a duplicate SOP instance")};
    case 0x0117: return {K::Failure, QStringLiteral("the PACS says the SOP instance UID is invalid")};
    case 0x0122: return {K::Failure, QStringLiteral("the PACS does not support this SOP class")};
    case 0x0124: return {K::Failure, QStringLiteral("the PACS says PacsDrop is not authorised to store")};
    case 0x0210: return {K::Failure, QStringLiteral("the PACS reported a duplicate invocation")};
    case 0x0211: return {K::Failure, QStringLiteral("the PACS does not recognise the operation")};
    case 0x0212: return {K::Failure, QStringLiteral("the PACS reported a mistyped argument")};
    case 0x0213: return {K::Failure, QStringLiteral("the PACS is out of resources")};
    case 0xFE00: return {K::Failure, QStringLiteral("cancelled")};
    default: break;
    }
    if ((s & 0xFF00) == 0xA700)
        return {K::Failure, QStringLiteral("the PACS is out of resources (refused, try again later)")};
    if ((s & 0xFF00) == 0xA900)
        return {K::Failure, QStringLiteral("the PACS says the data set does not match the SOP class")};
    if ((s & 0xF000) == 0xC000)
        return {K::Failure, QStringLiteral("the PACS cannot understand the data set")};
    if ((s & 0xF000) == 0xB000)
        return {K::Warning, QStringLiteral("stored with a warning")};
    return {K::Failure, QStringLiteral("the PACS answered with an unknown failure status")};
}

} // namespace pacsdrop
