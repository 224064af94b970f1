#include "net/StoreScu.h"

#include "dicom/DcmtkRuntime.h"
#include "dicom/Decoders.h"
#include "dicom/DicomFileInfo.h"

#include <QFile>
#include <QRegularExpression>

#include "dicom/DcmtkText.h"
#include "net/Association.h"
#include "net/ScuAssociation.h"
#include "net/StoreCommand.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcxfer.h"
#include "dcmtk/dcmnet/dulstruc.h"
#include "dcmtk/dcmnet/dcmtrans.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/uio.h>

namespace pacsdrop {

namespace {

constexpr qint64 kPduFrame = 12;             // PDU type, reserved, length (6) + PDV item length, context, control (6)
constexpr qint64 kBytesPerWrite = 256 * 1024; // PDUs handed to the kernel at once

void putBigEndian32(char *at, quint32 v)
{
    at[0] = char(v >> 24);
    at[1] = char(v >> 16);
    at[2] = char(v >> 8);
    at[3] = char(v);
}

// Message control header of a PDV (PS3.8 E.2): bit 0 command, bit 1 last fragment.
constexpr char kDatasetFragment = 0x00, kLastDatasetFragment = 0x02, kWholeCommand = 0x03;

// One P-DATA-TF PDU (PS3.8 9.3.5) with one PDV; returns its length.
// The 12 bytes before a PDV's value: a P-DATA-TF PDU holding that one PDV.
void writePdvHeader(char *out, qint64 length, T_ASC_PresentationContextID presId, char control)
{
    out[0] = 0x04; // P-DATA-TF
    out[1] = 0x00;
    putBigEndian32(out + 2, quint32(length + 6));
    putBigEndian32(out + 6, quint32(length + 2));
    out[10] = char(presId);
    out[11] = control;
}

qint64 framePdv(char *out, const char *value, qint64 length, T_ASC_PresentationContextID presId, char control)
{
    writePdvHeader(out, length, presId, control);
    std::memcpy(out + kPduFrame, value, size_t(length));
    return kPduFrame + length;
}

// Reads length bytes of the file at offset straight into the value slots of consecutive PDUs
// (slot bytes apart, each kPduFrame after its PDU's start, chunk long), in as few calls as the
// kernel allows: no copy from a read buffer into the PDUs.
bool readIntoPdus(int fd, qint64 offset, qint64 length, char *pdus, qint64 chunk)
{
    const qint64 slot = kPduFrame + chunk;
    qint64 done = 0;
    while (done < length) {
        iovec parts[64];
        int count = 0;
        for (qint64 at = done; at < length && count < 64; ++count) {
            const qint64 inSlot = at % chunk, slotEnd = std::min(length, at - inSlot + chunk);
            parts[count] = {pdus + (at / chunk) * slot + kPduFrame + inSlot, size_t(slotEnd - at)};
            at = slotEnd;
        }
        const ssize_t n = ::preadv(fd, parts, count, off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0) { // the file is shorter than when it was opened
            errno = ENODATA;
            return false;
        }
        done += n;
    }
    return true;
}

bool writeAll(DcmTransportConnection &connection, char *bytes, qint64 length)
{
    while (length > 0) {
        const ssize_t n = connection.write(bytes, size_t(length));
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            return false;
        }
        bytes += n;
        length -= n;
    }
    return true;
}

} // namespace

Uint16 StoreScu::nextId()
{
    return ++m_messageId == 0 ? ++m_messageId : m_messageId;
}

QString StoreScu::acceptedSyntax(T_ASC_PresentationContextID presId)
{
    OFString abstractSyntax, transferSyntax;
    findPresentationContext(presId, abstractSyntax, transferSyntax);
    return QString::fromLatin1(transferSyntax.c_str());
}

OFCondition StoreScu::negotiateAssociation()
{
    clearRecentDcmtkMessages();
    const OFCondition cond = DcmSCU::negotiateAssociation();
    // DCMTK keeps the A-ASSOCIATE-AC's results to itself; its debug dump of them says, per context,
    // why one was refused ("Context ID: 1 (Transfer Syntaxes Not Supported) Abstract Syntax:
    // =CTImageStorage ... Proposed Transfer Syntax(es): =LittleEndianExplicit ...").
    m_refusedSyntaxes.clear();
    // What was proposed per context (the request's dump), then which contexts came back refused
    // for their transfer syntaxes (the accept's dump, which lists no syntaxes for those).
    static const QRegularExpression proposed(QStringLiteral(
        "Context ID: (\\d+) \\(Proposed\\) Abstract Syntax: =?\\S+ .*?Proposed Transfer Syntax\\(es\\):((?: (?:=\\S+|[0-9.]+))+)"));
    static const QRegularExpression refused(QStringLiteral("Context ID: (\\d+) \\(Transfer Syntaxes Not Supported\\) Abstract Syntax: =?(\\S+)"));
    QHash<QString, QStringList> proposedById;
    const QStringList messages = recentDcmtkMessages();
    for (const QString &message : messages) {
        if (message.startsWith(QLatin1String("Request Parameters"))) {
            for (auto match = proposed.globalMatch(message); match.hasNext();) {
                const auto m = match.next();
                QStringList syntaxes;
                for (const QString &name : m.captured(2).split(u' ', Qt::SkipEmptyParts))
                    syntaxes << uidOfName(name.startsWith(u'=') ? name.mid(1) : name);
                proposedById.insert(m.captured(1), syntaxes);
            }
        } else if (message.startsWith(QLatin1String("Association Parameters Negotiated"))) {
            for (auto match = refused.globalMatch(message); match.hasNext();) {
                const auto m = match.next();
                QStringList &syntaxes = m_refusedSyntaxes[uidOfName(m.captured(2))];
                for (const QString &ts : proposedById.value(m.captured(1))) {
                    if (!syntaxes.contains(ts))
                        syntaxes << ts;
                }
            }
        }
    }
    return cond;
}

QStringList StoreScu::refusedSyntaxes(const QString &sopClassUid) const { return m_refusedSyntaxes.value(sopClassUid); }

void StoreScu::notifySENDProgress(const unsigned long byteCount)
{
    if (onProgress)
        onProgress(static_cast<qint64>(byteCount));
}

void StoreScu::giveUpAssociation()
{
    if (m_peerSilent)
        closeAssociation(DCMSCU_PEER_ABORTED_ASSOCIATION); // drops the connection, waits for nothing
    else
        abortAssociation();
}

Result<StoreResponse> StoreScu::giveUp(Error error)
{
    m_broken = true;
    m_peerSilent = error.code == ErrorCode::Timeout;
    return std::unexpected(std::move(error));
}

Result<StoreResponse> StoreScu::store(T_ASC_PresentationContextID presId, DcmDataset &dataset, const QString &sopClassUid,
                                      const QString &sopInstanceUid, const Device &device)
{
    const QByteArray netSyntax = acceptedSyntax(presId).toLatin1();
    const DcmXfer netXfer(netSyntax.constData());
    const DcmXfer storedXfer(dataset.getOriginalXfer());
    if (netXfer.getXfer() != storedXfer.getXfer() && (storedXfer.isEncapsulated() || netXfer.isEncapsulated())) {
        if (const auto decoders = ensureDecoders(); !decoders)
            return fail(ErrorCode::CannotDecompress, QStringLiteral("cannot convert %1 to %2 for this PACS: %3")
                                                          .arg(QString::fromLatin1(storedXfer.getXferName()), QString::fromLatin1(netXfer.getXferName()),
                                                               decoders.error().message));
        const OFCondition cond = dataset.chooseRepresentation(netXfer.getXfer(), nullptr);
        if (cond.bad() || !dataset.canWriteXfer(netXfer.getXfer()))
            return fail(ErrorCode::CannotDecompress,
                        QStringLiteral("cannot convert %1 to %2 for this PACS: %3")
                            .arg(QString::fromLatin1(storedXfer.getXferName()), QString::fromLatin1(netXfer.getXferName()),
                                 cond.bad() ? dcmtkText(cond) : QStringLiteral("no codec")));
    }

    T_DIMSE_Message request;
    std::memset(&request, 0, sizeof request);
    request.CommandField = DIMSE_C_STORE_RQ;
    T_DIMSE_C_StoreRQ &rq = request.msg.CStoreRQ;
    rq.MessageID = nextId();
    const QByteArray cls = sopClassUid.toLatin1(), inst = sopInstanceUid.toLatin1();
    OFStandard::strlcpy(rq.AffectedSOPClassUID, cls.constData(), sizeof rq.AffectedSOPClassUID);
    OFStandard::strlcpy(rq.AffectedSOPInstanceUID, inst.constData(), sizeof rq.AffectedSOPInstanceUID);
    rq.DataSetType = DIMSE_DATASET_PRESENT;
    rq.Priority = DIMSE_PRIORITY_MEDIUM;

    OFCondition cond = sendDIMSEMessage(presId, &request, &dataset);
    if (cond == DIMSE_BADMESSAGE || cond == DIMSE_BADDATA) {
        // Part of the message may be on the wire already: the association is not reused.
        return giveUp(Error{ErrorCode::DamagedFile,
                            QStringLiteral("this file cannot be encoded in %1 for sending (%2); check it with dciodvfy or dcmdump")
                                .arg(QString::fromLatin1(netXfer.getXferName()), dcmtkText(cond)),
                            {}});
    }
    if (cond.bad())
        return giveUp(describeTransferFailure(cond, device));
    return awaitResponse(rq.MessageID, inst, device);
}

Result<StoreResponse> StoreScu::storeFile(T_ASC_PresentationContextID presId, const QString &path, qint64 datasetOffset,
                                          const QString &sopClassUid, const QString &sopInstanceUid, const Device &device)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file.size() <= datasetOffset)
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read the file for sending: %1").arg(file.errorString()));
    T_ASC_Association *assoc = associationOf(*this);
    if (!assoc)
        return fail(ErrorCode::Internal, QStringLiteral("no association is open"));
    const Uint16 messageId = nextId();
    const QByteArray command = storeRequestCommand(messageId, sopClassUid, sopInstanceUid);
    // The command, then the dataset, as P-DATA-TF PDUs written straight to the association's
    // connection, several of the dataset's per system call: DCMTK's DUL writes each PDU's header
    // and data separately (two writes per 16 kB PDU for a peer with storescp's default maximum),
    // which made the kernel's per-call cost the largest part of sending. Each PDU carries one PDV
    // as long as the peer takes (even).
    DcmTransportConnection *connection = static_cast<PRIVATE_ASSOCIATIONKEY *>(assoc->DULassociation)->connection;
    const auto lost = [&] {
        return giveUp(describeTransferFailure(makeOFCondition(OFM_dcmnet, DULC_TCPIOERROR, OF_error, "TCP I/O Error occurred while sending"), device));
    };
    QByteArray commandPdu(kPduFrame + command.size(), Qt::Uninitialized);
    if (!writeAll(*connection, commandPdu.data(), framePdv(commandPdu.data(), command.constData(), command.size(), presId, kWholeCommand)))
        return lost();
    const qint64 chunk = static_cast<qint64>(assoc->sendPDVLength & ~1UL);
    const qint64 perWrite = std::max<qint64>(1, kBytesPerWrite / chunk);
    // Kept for the association's next file: a buffer allocated per file was given back to the
    // kernel after each one and faulted in again (~110 page faults per 0.5 MB file).
    if (m_pdus.size() < (kPduFrame + chunk) * perWrite)
        m_pdus.resize((kPduFrame + chunk) * perWrite);
    char *pdus = m_pdus.data();
    qint64 offset = datasetOffset, left = file.size() - datasetOffset, sent = 0;
    while (left > 0) {
        const qint64 n = std::min(left, chunk * perWrite);
        if (!readIntoPdus(file.handle(), offset, n, pdus, chunk)) { // part of the dataset is on the wire: the association cannot go on
            const QString why = errno == ENODATA ? QStringLiteral("it became shorter") : QString::fromLocal8Bit(std::strerror(errno));
            return giveUp(Error{ErrorCode::FileUnreadable, QStringLiteral("the file could not be read while it was being sent: %1").arg(why), {}});
        }
        left -= n;
        offset += n;
        qint64 framed = 0;
        for (qint64 at = 0; at < n; at += chunk) {
            const qint64 part = std::min(chunk, n - at);
            writePdvHeader(pdus + framed, part, presId, left == 0 && at + part == n ? kLastDatasetFragment : kDatasetFragment);
            framed += kPduFrame + part; // only the last PDU can be short: the PDUs stay contiguous
        }
        if (!writeAll(*connection, pdus, framed))
            return lost();
        sent += n;
        if (onProgress)
            onProgress(sent);
    }
    return awaitResponse(messageId, sopInstanceUid.toLatin1(), device);
}

Result<StoreResponse> StoreScu::awaitResponse(Uint16 messageId, const QByteArray &inst, const Device &device)
{
    T_DIMSE_Message response;
    std::memset(&response, 0, sizeof response);
    DcmDataset *statusDetail = nullptr;
    T_ASC_PresentationContextID responsePresId = 0;
    OFCondition cond = receiveDIMSECommand(&responsePresId, &response, &statusDetail, nullptr);
    StoreResponse result;
    if (statusDetail) {
        OFString comment;
        if (statusDetail->findAndGetOFString(DCM_ErrorComment, comment).good())
            result.errorComment = QString::fromLatin1(comment.c_str()).trimmed();
        delete statusDetail;
    }
    if (cond.bad())
        return giveUp(describeTransferFailure(cond, device));
    auto distrust = [&](const QString &what) {
        return giveUp(Error{ErrorCode::ProtocolViolation,
                            what + QStringLiteral("; PacsDrop does not trust this answer and closed the association"), {}});
    };
    if (response.CommandField != DIMSE_C_STORE_RSP)
        return distrust(QStringLiteral("the PACS answered a C-STORE with another command (0x%1)")
                            .arg(static_cast<unsigned>(response.CommandField), 4, 16, QLatin1Char('0')));
    const T_DIMSE_C_StoreRSP &rsp = response.msg.CStoreRSP;
    if (rsp.MessageIDBeingRespondedTo != messageId)
        return distrust(QStringLiteral("the PACS answered message %1 while %2 was waiting")
                            .arg(rsp.MessageIDBeingRespondedTo).arg(messageId));
    if ((rsp.opts & O_STORE_AFFECTEDSOPINSTANCEUID) && inst != QByteArray(rsp.AffectedSOPInstanceUID))
        return distrust(QStringLiteral("the PACS answered for another SOP instance"));
    result.status = rsp.DimseStatus;
    return result;
}

} // namespace pacsdrop
