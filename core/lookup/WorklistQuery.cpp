#include "lookup/WorklistQuery.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcsequen.h"

namespace pacsdrop {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

void put(DcmItem &item, const DcmTagKey &tag, const QString &value = {})
{
    item.putAndInsertString(tag, value.toUtf8().constData());
}

QString dicomDate(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); }

} // namespace

bool parseDateRange(const QString &text, QDate &from, QDate &to)
{
    from = to = QDate();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    if (t.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0) {
        from = to = QDate::currentDate();
        return true;
    }
    auto date = [](const QString &s, QDate &out) {
        if (s.isEmpty())
            return true;
        out = QDate::fromString(s, QStringLiteral("yyyyMMdd"));
        return out.isValid();
    };
    if (!t.contains(u'-'))
        return date(t, from) && (to = from, true);
    const QString first = t.section(u'-', 0, 0), second = t.section(u'-', 1);
    if (first.isEmpty() && second.isEmpty())
        return false;
    return date(first, from) && date(second, to) && (!from.isValid() || !to.isValid() || from <= to);
}

std::unique_ptr<DcmDataset> worklistIdentifier(const WorklistCriteria &c)
{
    auto ds = std::make_unique<DcmDataset>();
    const bool unicode = !isAscii(c.patientName) || !isAscii(c.patientId) || !isAscii(c.accessionNumber);
    if (unicode)
        ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    else
        ds->insertEmptyElement(DCM_SpecificCharacterSet); // a return key: how the answer is encoded
    // Patient (matching: name, ID; the rest are return keys)
    put(*ds, DCM_PatientName, c.patientName);
    put(*ds, DCM_PatientID, c.patientId);
    put(*ds, DCM_IssuerOfPatientID);
    put(*ds, DCM_PatientBirthDate);
    put(*ds, DCM_PatientSex);
    // Imaging service request and requested procedure
    put(*ds, DCM_AccessionNumber, c.accessionNumber);
    put(*ds, DCM_ReferringPhysicianName);
    put(*ds, DCM_RequestedProcedureID);
    put(*ds, DCM_RequestedProcedureDescription);
    put(*ds, DCM_StudyInstanceUID);
    ds->insertEmptyElement(DCM_RequestedProcedureCodeSequence);
    // One Scheduled Procedure Step item carries the step's matching and return keys.
    DcmItem *step = nullptr;
    ds->findOrCreateSequenceItem(DCM_ScheduledProcedureStepSequence, step);
    if (step) {
        put(*step, DCM_ScheduledStationAETitle, c.stationAeTitle);
        QString range;
        if (c.dateFrom.isValid() || c.dateTo.isValid())
            range = c.dateFrom == c.dateTo ? dicomDate(c.dateFrom) : dicomDate(c.dateFrom) + u'-' + dicomDate(c.dateTo);
        put(*step, DCM_ScheduledProcedureStepStartDate, range);
        put(*step, DCM_ScheduledProcedureStepStartTime);
        put(*step, DCM_Modality, c.modality);
        put(*step, DCM_ScheduledPerformingPhysicianName);
        put(*step, DCM_ScheduledProcedureStepDescription);
        put(*step, DCM_ScheduledProcedureStepID);
        put(*step, DCM_ScheduledStationName);
    }
    return ds;
}

} // namespace pacsdrop
