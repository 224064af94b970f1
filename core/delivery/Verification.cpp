#include "delivery/Verification.h"

#include "lookup/FindScu.h"
#include "net/DicomWebClient.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QMap>
#include <QSet>

namespace pacsdrop {

namespace {

constexpr int kMaxInstancesPerSeries = 100000;

// The SOP Instance UIDs the PACS lists for one series (C-FIND, or QIDO-RS for a DICOMweb device).
Result<QSet<QString>> instancesOnPacs(const Device &device, const QString &callingAe, const QString &studyUid, const QString &seriesUid)
{
    if (device.isDicomWeb())
        return qidoInstances(device, studyUid, seriesUid);
    DcmDataset identifier;
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, "IMAGE");
    identifier.putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    identifier.putAndInsertString(DCM_SeriesInstanceUID, seriesUid.toLatin1().constData());
    identifier.putAndInsertString(DCM_SOPInstanceUID, "");
    const FindRequest request{UID_FINDStudyRootQueryRetrieveInformationModel, &identifier, kMaxInstancesPerSeries, nullptr};
    QSet<QString> found;
    auto summary = runFind(device, callingAe, request, [&found](DcmDataset &answer) {
        OFString uid;
        if (answer.findAndGetOFString(DCM_SOPInstanceUID, uid).good())
            found.insert(QString::fromLatin1(uid.c_str()).trimmed());
    });
    if (!summary)
        return std::unexpected(summary.error());
    return found;
}

} // namespace

Result<VerificationSummary> verifyDelivered(Outbox &outbox, const Device &device, const QString &callingAe,
                                            const QList<OutboxEntry> &delivered)
{
    QMap<std::pair<QString, QString>, QList<OutboxEntry>> bySeries;
    for (const OutboxEntry &e : delivered) {
        if (e.state == OutboxEntry::State::Done)
            bySeries[{e.studyInstanceUid, e.seriesInstanceUid}].append(e);
    }
    VerificationSummary summary;
    for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
        auto found = instancesOnPacs(device, callingAe, it.key().first, it.key().second);
        if (!found)
            return fail(found.error().code, QStringLiteral("cannot check what %1 keeps: %2").arg(device.name, found.error().message));
        for (const OutboxEntry &e : it.value()) {
            const bool there = found->contains(e.sopInstanceUid);
            const auto marked = outbox.markConfirmation(
                e.id, there ? OutboxEntry::Confirmation::Verified : OutboxEntry::Confirmation::Missing,
                there ? QString()
                      : QStringLiteral("%1 answered success but does not have it (a filter on the PACS may have dropped it)").arg(device.name));
            if (!marked)
                return std::unexpected(marked.error());
            ++(there ? summary.verified : summary.missing);
        }
    }
    return summary;
}

} // namespace pacsdrop
