#include "net/StoreSession.h"

#include "common/WorkNote.h"

#include "dicom/DcmtkRuntime.h"
#include "dicom/DcmtkText.h"
#include "dicom/DicomFileInfo.h"
#include "logging/Log.h"
#include "net/Association.h"
#include "net/DimseStatus.h"
#include "net/PresentationPlan.h"
#include "net/StoreScu.h"
#include "net/Transport.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"

#include <QFile>

#include <algorithm>

namespace pacsdrop {

namespace {

constexpr Uint32 kMaxLoadedValue = 4096; // bulk data stays in the file and is streamed

// Why a file found no accepted presentation context, and what the user can do about it.
// refusedSyntaxes: those the PACS refused for this SOP class (result 4, transfer syntaxes not
// supported): it takes the SOP class, but in none of them.
QString noContextMessage(const StoreItem &item, const Device &device, const QStringList &refusedSyntaxes)
{
    const QString sopClass = uidName(item.sopClassUid);
    const QString syntax = uidName(item.transferSyntaxUid);
    if (!refusedSyntaxes.isEmpty() && !isCompressedSyntax(item.transferSyntaxUid)) { // compressed: said below, with what to do
        QStringList names;
        for (const QString &ts : refusedSyntaxes)
            names << uidName(ts);
        return QStringLiteral("the PACS accepts %1, but in none of the transfer syntaxes offered for it (%2: transfer syntaxes not "
                              "supported) — ask its administrator which transfer syntaxes it takes")
            .arg(sopClass, names.join(QStringLiteral(", ")));
    }
    if (isCompressedSyntax(item.transferSyntaxUid)) {
        if (!canDecompress(item.transferSyntaxUid))
            return QStringLiteral("the PACS does not accept %1 in %2, and PacsDrop cannot decompress %2 (no decoder) — "
                                  "the file cannot be sent to this PACS as it is").arg(sopClass, syntax);
        if (!device.decompressIfRefused)
            return QStringLiteral("the PACS does not accept %1 in %2, and decompression is off for this device — allow "
                                  "\"decompress if the PACS refuses the stored format\" in the device settings")
                .arg(sopClass, syntax);
        return QStringLiteral("the PACS accepts %1 neither in %2 nor uncompressed — ask its administrator to enable it")
            .arg(sopClass, syntax);
    }
    return QStringLiteral("the PACS does not accept %1 (SOP class %2) — ask its administrator to enable it")
        .arg(sopClass, item.sopClassUid);
}

StoreOutcome failed(ErrorCode code, const QString &message, const QString &detail = {})
{
    StoreOutcome o;
    o.state = StoreOutcome::State::Failed;
    o.errorCode = code;
    o.message = message;
    o.detail = detail;
    return o;
}

StoreOutcome fromResponse(const StoreResponse &response, const QString &networkSyntax)
{
    const DimseStatus status = describeStoreStatus(response.status);
    StoreOutcome o;
    o.state = status.delivered() ? StoreOutcome::State::Delivered : StoreOutcome::State::Failed;
    o.errorCode = ErrorCode::PeerFailure;
    o.dimseStatus = response.status;
    o.networkTransferSyntax = networkSyntax;
    o.message = status.meaning + QStringLiteral(" (status ") + statusHex(response.status) + u')';
    if (!response.errorComment.isEmpty())
        o.message += QStringLiteral(": ") + response.errorComment;
    return o;
}

// The accepted context for an item: its own syntax first, then an uncompressed fallback.
T_ASC_PresentationContextID chooseContext(StoreScu &scu, const StoreItem &item, bool allowDecompression)
{
    const QByteArray cls = item.sopClassUid.toLatin1();
    if (auto id = scu.findPresentationContextID(cls.constData(), item.transferSyntaxUid.toLatin1().constData()))
        return id;
    if (isCompressedSyntax(item.transferSyntaxUid) && !(allowDecompression && canDecompress(item.transferSyntaxUid)))
        return 0;
    for (const QString &ts : uncompressedSyntaxes()) {
        if (auto id = scu.findPresentationContextID(cls.constData(), ts.toLatin1().constData()))
            return id;
    }
    return 0;
}

// A Part 10 file whose walk ended cleanly at its end, in the accepted syntax, with the UIDs it
// was added with: its dataset goes as it is. Anything else (a bare dataset, another syntax to
// convert to, a walk that could not follow it) is read by DCMTK and encoded for the wire.
bool sendableAsItIs(const StructureScan &walked, const StoreItem &item, const QString &acceptedSyntax)
{
    return item.hasMetaHeader && walked.datasetOffset > 0 && walked.endsCleanly && !item.sopInstanceUid.isEmpty()
           && walked.transferSyntax == item.transferSyntaxUid && acceptedSyntax == item.transferSyntaxUid
           && walked.sopClassUid == item.sopClassUid;
}

class Session {
public:
    Session(const Device &device, const QString &callingAe, const StoreSessionHooks &hooks, const std::atomic_bool &cancel)
        : m_device(device), m_callingAe(callingAe), m_hooks(hooks), m_cancel(cancel)
    {
    }

    StoreSessionSummary run(const QList<StoreItem> &items)
    {
        const QList<AssociationRound> rounds = planRounds(items, m_device.decompressIfRefused);
        for (qsizetype r = 0; r < rounds.size(); ++r) {
            if (m_cancel.load() || m_stop) {
                for (qsizetype later = r; later < rounds.size(); ++later)
                    m_summary.notAttempted += rounds[later].items;
                break;
            }
            runRound(rounds[r], r + 1 == rounds.size());
        }
        return m_summary;
    }

private:
    void report(const StoreItem &item, const StoreOutcome &outcome)
    {
        // Entry and UID, not the path: folder names on media often name the patient.
        if (outcome.state == StoreOutcome::State::Failed)
            qCWarning(lcNet).noquote() << "entry" << item.entryId << "SOP instance" << item.sopInstanceUid << "to"
                                       << m_device.address() << "failed:" << outcome.message
                                       << (outcome.detail.isEmpty() ? QString() : QStringLiteral("[") + outcome.detail + u']');
        if (outcome.state == StoreOutcome::State::Delivered)
            ++m_summary.delivered;
        else if (outcome.state == StoreOutcome::State::Failed)
            ++m_summary.failed;
        if (m_hooks.finished)
            m_hooks.finished(item, outcome);
    }

    // Whether this session takes the file (always, when not shared with other associations).
    bool take(const StoreItem &item) { return !m_hooks.claims || m_hooks.claims->claim(item.entryId); }
    bool anyLeft(const AssociationRound &round) const
    {
        return !m_hooks.claims || std::any_of(round.items.cbegin(), round.items.cend(),
                                              [&](const StoreItem &i) { return !m_hooks.claims->claimed(i.entryId); });
    }

    // last: the session's last round, whose association also carries files added meanwhile.
    void runRound(const AssociationRound &round, bool last)
    {
        if (!anyLeft(round)) // other associations took every file of it
            return;
        clearRecentDcmtkMessages();
        auto transport = clientTransport(m_device);
        if (!transport) { // the device's TLS settings cannot be used: nothing can be sent to it
            for (const StoreItem &item : round.items)
                if (take(item))
                    report(item, failed(transport.error().code, transport.error().message));
            return;
        }
        StoreScu scu;
        configureScu(scu, m_device, m_callingAe);
        for (const ProposedContext &c : round.contexts) {
            OFList<OFString> syntaxes;
            for (const QString &ts : c.transferSyntaxes)
                syntaxes.push_back(ts.toLatin1().constData());
            scu.addPresentationContext(c.abstractSyntax.toLatin1().constData(), syntaxes);
        }
        OFCondition cond = scu.initNetwork();
        if (cond.good()) // the network exists only now
            cond = scu.useSecureConnection(transport->get());
        if (cond.good())
            cond = scu.negotiateAssociation();
        if (cond == NET_EC_NoAcceptablePresentationContexts) {
            for (const StoreItem &item : round.items)
                if (take(item))
                    report(item, failed(ErrorCode::NoPresentationContext, noContextMessage(item, m_device, scu.refusedSyntaxes(item.sopClassUid))));
            return;
        }
        if (cond.bad()) {
            m_summary.associationError = describeAssociationFailure(cond, m_device, m_callingAe);
            qCWarning(lcNet).noquote() << "association with" << m_device.address() << "failed:" << dcmtkText(cond);
            m_summary.notAttempted += round.items;
            m_stop = true;
            return;
        }

        qsizetype next = 0;
        for (; next < round.items.size() && !m_cancel.load(); ++next) {
            const StoreItem &item = round.items[next];
            if (!take(item))
                continue;
            sendOne(scu, item);
            if (scu.brokeAssociation()) {
                ++next;
                break;
            }
        }
        // Files not sent on this association: the caller tries them again (or they stay pending).
        m_summary.notAttempted += round.items.mid(next);
        if (last && next == round.items.size())
            sendMore(scu);
        if (scu.brokeAssociation()) {
            scu.giveUpAssociation();
            m_stop = true;
        } else {
            scu.releaseAssociation();
        }
    }

    // Files added while the association is open go on it when it has a context for them; the
    // others end the session, so that the caller opens one that proposes theirs.
    void sendMore(StoreScu &scu)
    {
        bool deferred = false;
        while (m_hooks.more && !deferred && !m_cancel.load() && !scu.brokeAssociation()) {
            const QList<StoreItem> more = m_hooks.more();
            if (more.isEmpty())
                return;
            qsizetype next = 0;
            for (; next < more.size() && !m_cancel.load() && !scu.brokeAssociation(); ++next) {
                const StoreItem &item = more[next];
                if (m_hooks.claims && m_hooks.claims->claimed(item.entryId))
                    continue; // another association sends it
                if (chooseContext(scu, item, m_device.decompressIfRefused) == 0) {
                    m_summary.notAttempted.append(item);
                    deferred = true;
                } else if (take(item)) {
                    sendOne(scu, item);
                }
            }
            m_summary.notAttempted += more.mid(next);
        }
    }

    void sendOne(StoreScu &scu, const StoreItem &item)
    {
        SendingEntry inHand(item.entryId); // a crash while reading or sending it leaves it named in the work note
        if (m_hooks.started)
            m_hooks.started(item);
        const T_ASC_PresentationContextID presId = chooseContext(scu, item, m_device.decompressIfRefused);
        if (presId == 0) {
            report(item, failed(ErrorCode::NoPresentationContext, noContextMessage(item, m_device, scu.refusedSyntaxes(item.sopClassUid))));
            return;
        }
        // The file may have changed since it was added: walked again before anything reads it.
        const auto walked = safeToParse(item.path);
        if (!walked) {
            report(item, failed(walked.error().code, walked.error().message));
            return;
        }
        if (sendableAsItIs(*walked, item, scu.acceptedSyntax(presId))) {
            sendAsItIs(scu, presId, item, *walked);
            return;
        }
        DcmFileFormat file;
        const OFCondition loaded = file.loadFile(OFFilename(QFile::encodeName(item.path).constData()), EXS_Unknown,
                                                 EGL_noChange, kMaxLoadedValue, item.hasMetaHeader ? ERM_fileOnly : ERM_autoDetect);
        if (loaded.bad()) {
            report(item, failed(ErrorCode::FileUnreadable, QStringLiteral("cannot read the file for sending: ") + dcmtkText(loaded)));
            return;
        }
        DcmDataset &dataset = *file.getDataset();
        OFString instance;
        dataset.findAndGetOFString(DCM_SOPInstanceUID, instance);
        if (!item.sopInstanceUid.isEmpty() && QString::fromLatin1(instance.c_str()).trimmed() != item.sopInstanceUid) {
            reportChanged(item);
            return;
        }
        store(scu, presId, item, [&] { return scu.store(presId, dataset, item.sopClassUid, item.sopInstanceUid, m_device); });
    }

    // The dataset's bytes straight from the file, never parsed (StoreScu::storeFile).
    void sendAsItIs(StoreScu &scu, T_ASC_PresentationContextID presId, const StoreItem &item, const StructureScan &walked)
    {
        if (walked.sopInstanceUid != item.sopInstanceUid) {
            reportChanged(item);
            return;
        }
        store(scu, presId, item, [&] {
            return scu.storeFile(presId, item.path, walked.datasetOffset, item.sopClassUid, item.sopInstanceUid, m_device);
        });
    }

    void reportChanged(const StoreItem &item)
    {
        report(item, failed(ErrorCode::DamagedFile, QStringLiteral("the file changed since it was added (another SOP Instance UID); add it again")));
    }

    // One C-STORE, either way it is sent: progress to the hooks, the response (or why none) reported.
    template <typename Send>
    void store(StoreScu &scu, T_ASC_PresentationContextID presId, const StoreItem &item, Send send)
    {
        scu.onProgress = [&](qint64 bytes) {
            if (m_hooks.progress)
                m_hooks.progress(item, bytes);
        };
        const Result<StoreResponse> response = send();
        scu.onProgress = nullptr;
        if (!response) {
            report(item, failed(response.error().code, response.error().message, response.error().detail));
            return;
        }
        report(item, fromResponse(*response, scu.acceptedSyntax(presId)));
    }

    const Device &m_device;
    const QString &m_callingAe;
    const StoreSessionHooks &m_hooks;
    const std::atomic_bool &m_cancel;
    StoreSessionSummary m_summary;
    bool m_stop = false;
};

} // namespace

StoreSessionSummary runStoreSession(const Device &device, const QString &callingAe, const QList<StoreItem> &items,
                                    const StoreSessionHooks &hooks, const std::atomic_bool &cancel)
{
    return Session(device, callingAe, hooks, cancel).run(items);
}

} // namespace pacsdrop
