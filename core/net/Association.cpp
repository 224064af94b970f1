#include "net/Association.h"

#include "net/Transport.h"

#include "dicom/DcmtkRuntime.h"
#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/diutil.h"
#include "dcmtk/dcmnet/scu.h"

#include <QStringList>

namespace pacsdrop {

void configureScu(DcmSCU &scu, const Device &device, const QString &callingAe)
{
    scu.setAETitle(callingAe.toLatin1().constData());
    scu.setPeerAETitle(device.aeTitle.toLatin1().constData());
    scu.setPeerHostName(device.host.toLatin1().constData());
    scu.setPeerPort(static_cast<Uint16>(device.port));
    scu.setMaxReceivePDULength(static_cast<Uint32>(device.maxPdu));
    // DIMSE timeouts only apply in non-blocking mode (networking.md §4.4).
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(static_cast<Uint32>(device.dimseTimeout));
    scu.setACSETimeout(static_cast<Uint32>(device.acseTimeout));
    // Process-wide in DCMTK 3.6.7; every association sets it before connecting.
    scu.setConnectionTimeout(device.connectTimeout);
}

namespace {

QString peer(const Device &device) { return device.host + u':' + QString::number(device.port); }

bool mentions(const QString &text, const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); }

// What went wrong in a TLS handshake, in terms of the device's settings; empty when it was not TLS.
QString tlsProblem(const QString &text, const Device &device)
{
    const QString verify = takeTlsVerifyProblem();
    if (!device.tls.enabled)
        return {};
    if (!verify.isEmpty()) {
        if (mentions(verify, "hostname mismatch") || mentions(verify, "IP address mismatch"))
            return QStringLiteral("its certificate is issued to another host, not to \"%1\" (%2) — use the name the "
                                  "certificate names, or have the PACS's certificate reissued").arg(device.host, verify);
        if (mentions(verify, "expired") || mentions(verify, "not yet valid"))
            return QStringLiteral("its certificate is not valid now (%1)").arg(verify);
        if (mentions(verify, "issuer") || mentions(verify, "self-signed") || mentions(verify, "self signed"))
            return QStringLiteral("its certificate is not issued by a CA in the device's trusted certificates (%1)").arg(verify);
        return QStringLiteral("its certificate was refused: %1").arg(verify);
    }
    if (mentions(text, "SSL_ERROR_SYSCALL") || mentions(text, "wrong version number") || mentions(text, "packet length"))
        return QStringLiteral("it did not answer in TLS — is this port plain DICOM? (turn TLS off for this device, or use its TLS port)");
    if (mentions(text, "aborted") || mentions(text, "reset by peer"))
        return QStringLiteral("the PACS ended the TLS connection during the handshake — does it trust PacsDrop's client "
                              "certificate (tls.certificate), and does it speak TLS on this port?");
    if (mentions(text, "TLS") || mentions(text, "SSL") || mentions(text, "alert"))
        return QStringLiteral("%1 — does the PACS accept PacsDrop's client certificate (unknown CA or no certificate)?").arg(text);
    return {};
}

// DCMTK logs the A-ASSOCIATE-RJ fields (result, source, reason) as debug text only.
QString rejectionReason()
{
    const QStringList recent = recentDcmtkMessages();
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        const qsizetype at = it->indexOf(QLatin1String("Reason:"));
        if (it->contains(QLatin1String("Association Rejected")) && at >= 0)
            return it->mid(at + 7).trimmed();
    }
    return {};
}

// The condition and DCMTK's last few words on it, for the log.
QString technicalDetail(const OFCondition &condition)
{
    const QStringList recent = recentDcmtkMessages();
    return dcmtkText(condition) + QStringLiteral(" [") + recent.mid(std::max<qsizetype>(0, recent.size() - 3)).join(QStringLiteral(" | ")) + u']';
}

} // namespace

void configureScuFor(DcmSCU &scu, const Device &device, const QString &callingAe, const char *sopClassUid)
{
    configureScu(scu, device, callingAe);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(sopClassUid, syntaxes);
}

Error describeAssociationFailure(const OFCondition &condition, const Device &device, const QString &callingAe)
{
    const QString detail = technicalDetail(condition);
    const QString where = peer(device);
    if (condition == DUL_ASSOCIATIONREJECTED) {
        const QString reason = rejectionReason();
        if (mentions(reason, "Called AE Title Not Recognized"))
            return {ErrorCode::AssociationRejected,
                    QStringLiteral("association rejected: called AE title %1 not recognised by %2 — check the device's AE title")
                        .arg(device.aeTitle, where), detail};
        if (mentions(reason, "Calling AE Title Not Recognized"))
            return {ErrorCode::AssociationRejected,
                    QStringLiteral("association rejected: %1 does not know PacsDrop's AE title %2 — ask the PACS administrator "
                                   "to register %2 (this computer) or set the device's calling AE title")
                        .arg(where, callingAe), detail};
        if (mentions(reason, "Local Limit Exceeded") || mentions(reason, "Temporary Congestion"))
            return {ErrorCode::AssociationRejected,
                    QStringLiteral("association rejected by %1: the PACS is busy (%2) — try again later or lower the device's "
                                   "parallel associations").arg(where, reason), detail};
        return {ErrorCode::AssociationRejected,
                QStringLiteral("association rejected by %1%2 — check the device's AE titles and the PACS configuration")
                    .arg(where, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason), detail};
    }
    const QString text = dcmtkText(condition);
    if (const QString tls = tlsProblem(text, device); !tls.isEmpty())
        return {ErrorCode::AssociationRejected, QStringLiteral("TLS with %1 failed: %2").arg(where, tls), detail};
    if (mentions(text, "refused"))
        return {ErrorCode::NetworkUnreachable,
                QStringLiteral("nothing is listening at %1 (connection refused) — check that the PACS is running and the "
                               "device's host and port are right").arg(where), detail};
    if (condition.module() == OFM_dcmnet && condition.code() == DULC_TCPINITERROR && (mentions(text, "timeout") || mentions(text, "timed out")))
        return {ErrorCode::Timeout,
                QStringLiteral("no connection to %1 within %2 s — check the host, the port and any firewall in between")
                    .arg(where).arg(device.connectTimeout), detail};
    if (mentions(text, "timeout") || mentions(text, "timed out") || condition == DUL_READTIMEOUT)
        return {ErrorCode::Timeout,
                QStringLiteral("%1 accepted the connection but gave no DICOM answer within %2 s — is this the PACS's "
                               "DICOM port?").arg(where).arg(device.acseTimeout), detail};
    if (mentions(text, "unknown host") || mentions(text, "name or service"))
        return {ErrorCode::NetworkUnreachable,
                QStringLiteral("cannot find host \"%1\" — check the device's host name").arg(device.host), detail};
    if (condition == DUL_PEERABORTEDASSOCIATION || mentions(text, "peer aborted"))
        return {ErrorCode::AssociationAborted,
                QStringLiteral("%1 aborted the association while it was being set up — is it a DICOM port? "
                               "(a TLS port also does this)").arg(where), detail};
    return {ErrorCode::NetworkUnreachable, QStringLiteral("cannot open an association with %1: %2").arg(where, text), detail};
}

Error describeTransferFailure(const OFCondition &condition, const Device &device, Exchange during)
{
    const QString text = dcmtkText(condition);
    const QString detail = technicalDetail(condition);
    const QString where = peer(device);
    const bool sending = during == Exchange::SendingFile;
    if (condition == DIMSE_NODATAAVAILABLE || mentions(text, "timeout"))
        return {ErrorCode::Timeout,
                sending ? QStringLiteral("no response from %1 within %2 s (DIMSE timeout); the PACS may still have stored the file — "
                                         "a resend is safe (same SOP Instance UID)").arg(where).arg(device.dimseTimeout)
                        : QStringLiteral("no response from %1 within %2 s (DIMSE timeout)").arg(where).arg(device.dimseTimeout),
                detail};
    if (condition == DUL_PEERABORTEDASSOCIATION || mentions(text, "aborted")) {
        switch (during) {
        case Exchange::SendingFile:
            return {ErrorCode::AssociationAborted, QStringLiteral("%1 aborted the association while this file was being sent").arg(where), detail};
        case Exchange::Searching: // Orthanc does this to a calling AE it does not know
            return {ErrorCode::AssociationRejected,
                    QStringLiteral("%1 refused the search and aborted the association — it may not know PacsDrop's AE title, or not "
                                   "allow it to search; ask its administrator").arg(where), detail};
        case Exchange::AskingCommitment:
            return {ErrorCode::AssociationAborted,
                    QStringLiteral("%1 aborted the association when asked to confirm that it keeps the files").arg(where), detail};
        }
    }
    return {ErrorCode::AssociationAborted,
            QStringLiteral("connection to %1 lost %2: %3").arg(where, sending ? QStringLiteral("while sending") : QStringLiteral("during the exchange"), text),
            detail};
}

} // namespace pacsdrop
