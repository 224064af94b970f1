// Study data meets DCMTK (convert/StudyData.h): written into a dataset, and keywords looked up in
// DCMTK's dictionary. Apart from StudyData.cpp, which the settings and the window use without DCMTK.
#include "convert/StudyData.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcdicent.h"
#include "dcmtk/dcmdata/dcdict.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

bool dictionaryHasKeyword(const QString &keyword)
{
    const QByteArray name = keyword.toLatin1();
    const DcmDataDictionary &dict = dcmDataDict.rdlock();
    const bool found = dict.findEntry(name.constData()) != nullptr;
    dcmDataDict.rdunlock();
    return found;
}

Result<void> writeStudyData(const StudyData &data, const QString &studyUid, const QString &seriesUid, int seriesNumber,
                            DcmItem &ds)
{
    if (const QString problem = data.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    QStringList texts{data.patientName.toDicom(), data.patientId, data.issuerOfPatientId, data.studyDescription,
                      data.accessionNumber, data.referringPhysician.toDicom(), data.studyId, data.seriesDescription,
                      data.institutionName, data.stationName};
    texts += data.extra.values();
    for (const RequestedStep &r : data.requests)
        texts << r.accessionNumber << r.requestedProcedureId << r.requestedProcedureDescription << r.scheduledStepId
              << r.scheduledStepDescription;
    bool ascii = true;
    for (const QString &t : texts)
        ascii = ascii && isAsciiText(t);

    OFCondition cond = EC_Normal;
    auto put = [&](const DcmTagKey &tag, const QString &value) {
        if (cond.good())
            cond = ds.putAndInsertString(tag, value.toUtf8().constData());
    };
    if (!ascii)
        put(DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(DCM_PatientName, data.patientName.toDicom());
    put(DCM_PatientID, data.patientId);
    if (!data.issuerOfPatientId.isEmpty())
        put(DCM_IssuerOfPatientID, data.issuerOfPatientId);
    put(DCM_PatientBirthDate, data.birthDate.isValid() ? data.birthDate.toString(QStringLiteral("yyyyMMdd")) : QString());
    put(DCM_PatientSex, data.sex);
    put(DCM_StudyInstanceUID, studyUid);
    put(DCM_StudyDate, data.studyDate.isValid() ? data.studyDate.toString(QStringLiteral("yyyyMMdd")) : QString());
    put(DCM_StudyTime, data.studyTime.isValid() ? data.studyTime.toString(QStringLiteral("HHmmss")) : QString());
    put(DCM_ReferringPhysicianName, data.referringPhysician.toDicom());
    put(DCM_StudyID, data.studyId);
    put(DCM_AccessionNumber, data.accessionNumber);
    if (!data.studyDescription.isEmpty())
        put(DCM_StudyDescription, data.studyDescription);
    put(DCM_SeriesInstanceUID, seriesUid);
    put(DCM_SeriesNumber, QString::number(seriesNumber));
    if (!data.modality.isEmpty())
        put(DCM_Modality, data.modality);
    if (!data.seriesDescription.isEmpty())
        put(DCM_SeriesDescription, data.seriesDescription);
    if (!data.institutionName.isEmpty())
        put(DCM_InstitutionName, data.institutionName);
    if (!data.stationName.isEmpty())
        put(DCM_StationName, data.stationName);
    // IHE Scheduled Workflow: which order and step these objects fulfil (General Series, PS3.3 C.7.3.1).
    for (qsizetype i = 0; i < data.requests.size() && cond.good(); ++i) {
        DcmItem *item = nullptr;
        cond = ds.findOrCreateSequenceItem(DCM_RequestAttributesSequence, item, -2); // -2: append
        if (cond.bad() || !item)
            break;
        const RequestedStep &r = data.requests[i];
        for (const auto &[tag, value] : {std::pair{DCM_AccessionNumber, r.accessionNumber}, std::pair{DCM_RequestedProcedureID, r.requestedProcedureId},
                                         std::pair{DCM_RequestedProcedureDescription, r.requestedProcedureDescription},
                                         std::pair{DCM_ScheduledProcedureStepID, r.scheduledStepId},
                                         std::pair{DCM_ScheduledProcedureStepDescription, r.scheduledStepDescription}}) {
            if (!value.isEmpty() && cond.good())
                cond = item->putAndInsertString(tag, value.toUtf8().constData());
        }
    }
    for (auto it = data.extra.cbegin(); it != data.extra.cend() && cond.good(); ++it) {
        DcmTagKey key;
        const QByteArray keyword = it.key().toLatin1();
        {
            const DcmDataDictionary &dict = dcmDataDict.rdlock();
            if (const DcmDictEntry *entry = dict.findEntry(keyword.constData()))
                key = entry->getKey();
            dcmDataDict.rdunlock();
        }
        put(key, it.value());
    }
    if (cond.bad())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot write the study data: ") + dcmtkText(cond));
    return {};
}

} // namespace pacsdrop
