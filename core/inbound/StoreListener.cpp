#include "inbound/StoreListener.h"

#include "inbound/ListenerFigures.h"

#include "dicom/DicomFileInfo.h"
#include "dicom/DcmtkText.h"
#include "delivery/StorageCommitment.h"
#include "logging/Log.h"
#include "net/PortProbe.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmnet/diutil.h"
#include "dcmtk/dcmnet/scppool.h"
#include "dcmtk/dcmnet/scpthrd.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QUuid>

#include <cstring>
#include <mutex>

namespace pacsdrop {

// What the workers of one listener share (they are made by DCMTK's pool, which knows only ports).
struct ListenerRuntime {
    InboundListener settings;
    QString folder;
    std::atomic_bool stop{false};
    std::atomic_int received{0};
    std::atomic_int associationsNow{0};
    // Today's figures for the console (ListenerFigures.h); reset when the day changes.
    std::mutex figuresMutex;
    QDate figuresDay;
    int receivedToday = 0;
    int refusedToday = 0;
    QString lastRefusal;
    QDateTime lastRefusalAt;
    void countToday(bool refused, const QString &why = {})
    {
        std::lock_guard lock(figuresMutex);
        const QDate today = QDate::currentDate();
        if (figuresDay != today) {
            figuresDay = today;
            receivedToday = refusedToday = 0;
        }
        if (!refused) {
            ++receivedToday;
            return;
        }
        ++refusedToday;
        lastRefusal = why;
        lastRefusalAt = QDateTime::currentDateTimeUtc();
    }
    std::mutex outboxMutex; // one writer at a time: SQLite serialises anyway; this keeps it orderly
    std::shared_ptr<DcmBaseSCPPool> pool;
    std::shared_ptr<DcmTransportLayer> transport; // TLS, when configured; outlives the pool's associations
};

namespace {

std::mutex g_registryMutex;
QHash<int, std::weak_ptr<ListenerRuntime>> g_byPort;

std::shared_ptr<ListenerRuntime> runtimeFor(int port)
{
    std::lock_guard lock(g_registryMutex);
    return g_byPort.value(port).lock();
}

class StoreWorker : public DcmThreadSCP {
protected:
    std::shared_ptr<ListenerRuntime> runtime()
    {
        return runtimeFor(getConfig().getPort());
    }

    OFBool checkCalledAETitleAccepted(const OFString &calledAE) override
    {
        const auto r = runtime();
        const QString called = QString::fromLatin1(calledAE.c_str()).trimmed();
        const bool accepted = r && (!r->settings.checkCalledAe || called == r->settings.aeTitle);
        if (r && !accepted)
            r->countToday(true, QStringLiteral("called AE title \"%1\" is not this listener's (%2)").arg(called, r->settings.aeTitle));
        return accepted;
    }
    OFBool checkCallingAETitleAccepted(const OFString &callingAE) override
    {
        const auto r = runtime();
        const QString calling = QString::fromLatin1(callingAE.c_str()).trimmed();
        const bool accepted = r && (r->settings.allowedCallingAes.isEmpty() || r->settings.allowedCallingAes.contains(calling));
        if (r && !accepted)
            r->countToday(true, QStringLiteral("calling AE title \"%1\" is not among the allowed callers").arg(calling));
        return accepted;
    }

    // Associations open now, for the console.
    void notifyAssociationAcknowledge() override
    {
        DcmThreadSCP::notifyAssociationAcknowledge();
        if (const auto r = runtime(); r && !m_counted) {
            ++r->associationsNow;
            m_counted = true;
        }
    }
    void notifyAssociationTermination() override
    {
        DcmThreadSCP::notifyAssociationTermination();
        if (const auto r = runtime(); r && m_counted)
            --r->associationsNow;
        m_counted = false;
    }
    bool m_counted = false; // this worker's association is counted in associationsNow

    // "This computer only" (the Local archive): the caller's address is in the request.
    void notifyAssociationRequest(const T_ASC_Parameters &params, DcmSCPActionType &desiredAction) override
    {
        DcmThreadSCP::notifyAssociationRequest(params, desiredAction);
        const auto r = runtime();
        if (!r || !r->settings.loopbackOnly)
            return;
        const QString address = QString::fromLatin1(params.DULparams.callingPresentationAddress);
        const bool loopback = address.startsWith(QLatin1String("127.")) || address.startsWith(QLatin1String("::1"))
                              || address.startsWith(QLatin1String("::ffff:127.")) || address.startsWith(QLatin1String("localhost"));
        if (!loopback) {
            qCWarning(lcNet).noquote() << "listener" << r->settings.name << ": refused a caller from" << address << "(this computer only)";
            r->countToday(true, QStringLiteral("a caller at %1 (this listener takes only this computer)").arg(address));
            desiredAction = DCMSCP_ACTION_REFUSE_ASSOCIATION;
        }
    }

    OFCondition handleIncomingCommand(T_DIMSE_Message *message, const DcmPresentationContextInfo &info) override
    {
        if (message->CommandField == DIMSE_N_EVENT_REPORT_RQ)
            return handleCommitmentReport(message->msg.NEventReportRQ, info.presentationContextID);
        if (message->CommandField != DIMSE_C_STORE_RQ)
            return DcmThreadSCP::handleIncomingCommand(message, info); // C-ECHO and the rest
        T_DIMSE_C_StoreRQ &request = message->msg.CStoreRQ;
        const auto r = runtime();
        if (!r)
            return sendSTOREResponse(info.presentationContextID, request, STATUS_STORE_Refused_OutOfResources);
        const QString incoming = QDir(r->folder).filePath(QStringLiteral(".incoming-%1.dcm").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        OFCondition cond = receiveSTORERequest(request, info.presentationContextID, OFString(QFile::encodeName(incoming).constData()));
        if (cond.bad()) {
            QFile::remove(incoming);
            return cond; // the association broke while receiving
        }
        return sendSTOREResponse(info.presentationContextID, request, keep(*r, incoming));
    }

    // A Storage Commitment report for an earlier request: applied to the outbox and answered.
    OFCondition handleCommitmentReport(T_DIMSE_N_EventReportRQ &request, T_ASC_PresentationContextID presId)
    {
        DcmDataset *report = nullptr;
        T_ASC_PresentationContextID dataPresId = presId;
        OFCondition cond = receiveDIMSEDataset(&dataPresId, &report);
        if (cond.bad())
            return cond;
        Uint16 status = STATUS_Success;
        {
            const auto r = runtime();
            std::lock_guard lock(r->outboxMutex);
            auto outbox = Outbox::openConfigured();
            auto applied = outbox ? applyCommitmentReport(*outbox, *report, request.EventTypeID)
                                  : Result<int>(std::unexpected(outbox.error()));
            if (!applied) {
                qCWarning(lcNet).noquote() << "listener: commitment report not applied:" << applied.error().message;
                status = STATUS_N_ProcessingFailure;
            }
        }
        delete report;
        T_DIMSE_Message response = commitmentReportResponse(request, status);
        return sendDIMSEMessage(presId, &response, nullptr);
    }

    // Stores the received file and records it for its destinations; the status to answer.
    Uint16 keep(ListenerRuntime &r, const QString &incoming)
    {
        auto header = readDicomFileInfo(incoming);
        if (!header) {
            QFile::remove(incoming);
            return STATUS_STORE_Error_CannotUnderstand;
        }
        const QString target = QDir(r.folder).filePath(header->sopInstanceUid + QStringLiteral(".dcm"));
        QFile::remove(target); // the same instance again: the newer one counts
        if (!QFile::rename(incoming, target)) {
            QFile::remove(incoming);
            return STATUS_STORE_Refused_OutOfResources;
        }
        header->fileSize = QFileInfo(target).size();
        ++r.received;
        r.countToday(false);
        if (!r.settings.forwards(header->modality, header->sopClassUid)) {
            qCInfo(lcIntake).noquote() << "listener" << r.settings.name << ": kept, not forwarded (" << header->modality << ")";
            return STATUS_Success;
        }
        std::lock_guard lock(r.outboxMutex);
        auto outbox = Outbox::openConfigured();
        if (!outbox)
            return STATUS_STORE_Refused_OutOfResources; // not recorded: the sender must keep it
        const IntakeItem item{IntakeItem::Kind::Dicom, target, *header, {}, ErrorCode::Internal, {}};
        const QString batch = QStringLiteral("inbound-") + r.settings.name;
        for (const QString &destination : r.settings.forwardTo) {
            if (!outbox->enqueue(batch, destination, {item}))
                return STATUS_STORE_Refused_OutOfResources;
        }
        return STATUS_Success;
    }
};

} // namespace

QList<ListenerFigures> runningListenerFigures()
{
    std::lock_guard registry(g_registryMutex);
    QList<ListenerFigures> out;
    for (const auto &weak : std::as_const(g_byPort)) {
        const auto r = weak.lock();
        if (!r)
            continue;
        std::lock_guard lock(r->figuresMutex);
        const bool today = r->figuresDay == QDate::currentDate();
        out.append({r->settings.name, r->settings.aeTitle, r->settings.port, r->associationsNow.load(), today ? r->receivedToday : 0,
                    today ? r->refusedToday : 0, r->lastRefusal, r->lastRefusalAt});
    }
    return out;
}

StoreListener::StoreListener(const InboundListener &settings) : m_runtime(std::make_shared<ListenerRuntime>())
{
    m_runtime->settings = settings;
    m_runtime->folder = settings.storeFolder();
}

StoreListener::~StoreListener() { stop(); }

QString StoreListener::folder() const { return m_runtime->folder; }

int StoreListener::received() const { return m_runtime->received.load(); }

Result<void> StoreListener::start()
{
    if (!QDir().mkpath(m_runtime->folder))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create %1").arg(m_runtime->folder));
    const auto port = static_cast<quint16>(m_runtime->settings.port);
    if (tcpPortTaken(port))
        return fail(ErrorCode::NetworkUnreachable, QStringLiteral("port %1 is already used by another program").arg(port));
    {
        std::lock_guard lock(g_registryMutex);
        g_byPort.insert(m_runtime->settings.port, m_runtime);
    }
    auto pool = std::make_shared<DcmSCPPool<StoreWorker>>();
    m_runtime->pool = pool;
    DcmSCPConfig &config = pool->getConfig();
    config.setAETitle(m_runtime->settings.aeTitle.toLatin1().constData());
    config.setPort(static_cast<Uint16>(m_runtime->settings.port));
    config.setRespondWithCalledAETitle(!m_runtime->settings.checkCalledAe);
    if (m_runtime->settings.tls.enabled) {
        auto transport = listenerTransport(m_runtime->settings.tls);
        if (!transport)
            return std::unexpected(transport.error());
        m_runtime->transport = std::move(*transport);
        config.setTransportLayer(m_runtime->transport.get());
    }
    config.setConnectionBlockingMode(DUL_NOBLOCK);
    config.setConnectionTimeout(1); // listen() returns every second, so stop() is noticed
    config.setACSETimeout(30);
    config.setDIMSETimeout(60);
    pool->setMaxThreads(static_cast<Uint16>(m_runtime->settings.maxAssociations));
    // Every storage SOP class in the common transfer syntaxes, kept as sent; and Verification.
    OFList<OFString> syntaxes;
    for (const char *ts : {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax, UID_BigEndianExplicitTransferSyntax,
                           UID_JPEGProcess1TransferSyntax, UID_JPEGProcess2_4TransferSyntax, UID_JPEGProcess14SV1TransferSyntax,
                           UID_JPEGLSLosslessTransferSyntax, UID_JPEGLSLossyTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
                           UID_JPEG2000TransferSyntax, UID_RLELosslessTransferSyntax, UID_DeflatedExplicitVRLittleEndianTransferSyntax,
                           UID_MPEG2MainProfileAtMainLevelTransferSyntax, UID_MPEG2MainProfileAtHighLevelTransferSyntax,
                           UID_MPEG4HighProfileLevel4_1TransferSyntax, UID_MPEG4BDcompatibleHighProfileLevel4_1TransferSyntax,
                           UID_MPEG4HighProfileLevel4_2_For2DVideoTransferSyntax, UID_HEVCMainProfileLevel5_1TransferSyntax,
                           UID_HEVCMain10ProfileLevel5_1TransferSyntax})
        syntaxes.push_back(ts);
    OFList<OFString> plain;
    plain.push_back(UID_LittleEndianExplicitTransferSyntax);
    plain.push_back(UID_LittleEndianImplicitTransferSyntax);
    config.addPresentationContext(UID_VerificationSOPClass, plain);
    // Storage Commitment reports (N-EVENT-REPORT) for PacsDrop's requests, whichever role the PACS proposes.
    config.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, plain, ASC_SC_ROLE_SCP);
    config.setAlwaysAcceptDefaultRole(OFTrue);
    // DCMTK's SCP profiles hold at most 128 presentation contexts: Verification, Storage
    // Commitment, the storage SOP classes DCMTK lists as the common ones, then the others until
    // the profile is full.
    QStringList classes;
    for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i)
        classes << QString::fromLatin1(dcmLongSCUStorageSOPClassUIDs[i]);
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i) {
        const QString uid = QString::fromLatin1(dcmAllStorageSOPClassUIDs[i]);
        if (!classes.contains(uid) && !QString::fromLatin1(dcmFindNameOfUID(dcmAllStorageSOPClassUIDs[i], "")).contains(QLatin1String("Retired")))
            classes << uid;
    }
    for (qsizetype i = 0; i < classes.size() && i < 126; ++i)
        config.addPresentationContext(classes[i].toLatin1().constData(), syntaxes);

    auto runtime = m_runtime;
    m_thread = std::make_unique<std::thread>([pool, runtime] {
        while (!runtime->stop.load()) {
            // Listens until stopAfterCurrentAssociations(); an error (port taken) is logged and retried.
            const OFCondition cond = pool->listen();
            if (cond.bad() && !runtime->stop.load()) {
                qCWarning(lcNet).noquote() << "listener" << runtime->settings.name << ":" << dcmtkText(cond);
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
            }
        }
    });
    // listen() opens the port on that thread: callers may connect once it is open.
    for (int waited = 0; !tcpPortTaken(port) && waited < 5000; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return {};
}

void StoreListener::stop()
{
    if (!m_thread)
        return;
    m_runtime->stop = true;
    m_runtime->pool->stopAfterCurrentAssociations(); // listen() returns within its connection timeout
    m_thread->join();
    m_thread.reset();
    std::lock_guard lock(g_registryMutex);
    g_byPort.remove(m_runtime->settings.port);
}

} // namespace pacsdrop
