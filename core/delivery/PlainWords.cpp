#include "delivery/PlainWords.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace pacsdrop {

namespace {

// The sentences, in one translation context ("PlainWords").
class Words {
    Q_DECLARE_TR_FUNCTIONS(PlainWords)
public:
    static PlainWords failure(ErrorCode code, const QString &device, bool willSendLater);
    static PlainWords notKept(OutboxEntry::Confirmation confirmation, const QString &device);
};

const std::array<std::pair<ErrorCode, const char *>, 17> kNames{{
    {ErrorCode::InvalidArgument, "invalid"},
    {ErrorCode::InvalidSettings, "settings"},
    {ErrorCode::FileNotFound, "missing"},
    {ErrorCode::FileUnreadable, "unreadable"},
    {ErrorCode::NotDicom, "not-dicom"},
    {ErrorCode::DamagedFile, "damaged"},
    {ErrorCode::Database, "database"},
    {ErrorCode::NetworkUnreachable, "unreachable"},
    {ErrorCode::AssociationRejected, "rejected"},
    {ErrorCode::AssociationAborted, "aborted"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::NoPresentationContext, "not-accepted"},
    {ErrorCode::CannotDecompress, "cannot-decompress"},
    {ErrorCode::PeerFailure, "refused"},
    {ErrorCode::ProtocolViolation, "protocol"},
    {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::Internal, "internal"},
}};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return ErrorCode::Internal;
}

bool passesByItself(ErrorCode code)
{
    return code == ErrorCode::NetworkUnreachable || code == ErrorCode::Timeout || code == ErrorCode::AssociationAborted;
}

PlainWords Words::failure(ErrorCode code, const QString &device, bool willSendLater)
{
    const QString safe = willSendLater ? tr("Your files are safe and will be sent when it is back.")
                                       : tr("Your files are safe; press Retry when it is back.");
    switch (code) {
    case ErrorCode::NetworkUnreachable:
        return {tr("The PACS '%1' cannot be reached.").arg(device), safe};
    case ErrorCode::Timeout:
        return {tr("The PACS '%1' did not answer in time.").arg(device),
                willSendLater ? tr("Your files are safe and will be sent again.") : tr("Your files are safe; press Retry to send them again.")};
    case ErrorCode::AssociationAborted:
        return {tr("The connection to the PACS '%1' broke off.").arg(device),
                willSendLater ? tr("Your files are safe and will be sent again.") : tr("Your files are safe; press Retry to send them again.")};
    case ErrorCode::AssociationRejected:
        return {tr("The PACS '%1' does not accept connections from PacsDrop.").arg(device),
                tr("Your files are safe. Ask IT to check the device settings (AE titles).")};
    case ErrorCode::NoPresentationContext:
    case ErrorCode::CannotDecompress:
        return {tr("The PACS '%1' does not accept this kind of file.").arg(device),
                tr("Ask IT whether it can be stored there or sent elsewhere.")};
    case ErrorCode::PeerFailure:
        return {tr("The PACS '%1' refused to store this file.").arg(device), tr("Ask IT; the details say why.")};
    case ErrorCode::DamagedFile:
    case ErrorCode::NotDicom:
        return {tr("This file is damaged and cannot be sent."), tr("Send a good copy of it instead.")};
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
        return {tr("This file is gone or cannot be read."), tr("Check that the disk or stick is still there.")};
    case ErrorCode::InvalidSettings:
        return {tr("The PACS '%1' is not set up correctly.").arg(device), tr("Ask IT to check Settings → Devices.")};
    case ErrorCode::Cancelled:
        return {tr("Sending was stopped."), tr("The file is kept and sent next time.")};
    case ErrorCode::InvalidArgument:
    case ErrorCode::Database:
    case ErrorCode::ProtocolViolation:
    case ErrorCode::Internal:
        break;
    }
    return {tr("This file could not be sent to '%1'.").arg(device), tr("It is kept; the details say why.")};
}

PlainWords Words::notKept(OutboxEntry::Confirmation confirmation, const QString &device)
{
    if (confirmation == OutboxEntry::Confirmation::Missing)
        return {tr("The PACS '%1' accepted this file but does not have it now.").arg(device), tr("Ask IT; the details say why.")};
    return {tr("The PACS '%1' did not confirm that it keeps this file.").arg(device), tr("Ask IT; the details say why.")};
}

PlainWords plainFailure(ErrorCode code, const QString &device, bool willSendLater)
{
    return Words::failure(code, device, willSendLater);
}

PlainWords plainNotKept(OutboxEntry::Confirmation confirmation, const QString &device)
{
    return Words::notKept(confirmation, device);
}

} // namespace pacsdrop
