#include "convert/StudyData.h"

#include "pipeline/PipelineModule.h"

#include <QUuid>

#include <algorithm>

namespace pacsdrop {

QStringList keywordsKnownWithoutDictionary()
{
    // Keywords a site is likely to choose for the dialog's "additional info" (PS3.6 names, checked
    // against DCMTK's dictionary by tst_settings) are known without reading that dictionary: every
    // command validates its settings at start (the default is ImageComments), and reading the
    // dictionary costs ~15 ms and ~120 million instructions, 40 % of the window's start.
    return {QStringLiteral("ImageComments"), QStringLiteral("PatientComments"), QStringLiteral("SeriesDescription"),
            QStringLiteral("BodyPartExamined"), QStringLiteral("Laterality"), QStringLiteral("ImageLaterality"),
            QStringLiteral("AdditionalPatientHistory"), QStringLiteral("DerivationDescription"),
            QStringLiteral("AcquisitionDeviceProcessingDescription")};
}

bool isDicomKeyword(const QString &keyword)
{
    static const QStringList known = keywordsKnownWithoutDictionary();
    if (known.contains(keyword))
        return true;
    const auto pipeline = pipelineFunctions(); // DCMTK's dictionary, in the pipeline's library
    return pipeline && (*pipeline)->dictionaryHasKeyword(keyword);
}

namespace {

// PS3.5 Table 6.2-1 maximum lengths (characters) for the VRs used here.
constexpr int kLo = 64, kSh = 16, kCs = 16, kPnGroup = 64;

QString lengthProblem(const char *field, const QString &value, int max)
{
    if (value.size() > max)
        return QStringLiteral("%1: at most %2 characters (is %3)").arg(QLatin1String(field)).arg(max).arg(value.size());
    if (value.contains(u'\\'))
        return QStringLiteral("%1: must not contain a backslash").arg(QLatin1String(field));
    for (QChar c : value) {
        if (c.unicode() < 0x20)
            return QStringLiteral("%1: must not contain control characters").arg(QLatin1String(field));
    }
    return {};
}

QString dateProblem(const char *field, const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date > QDate::currentDate().addDays(1))
        return QStringLiteral("%1: %2 is in the future").arg(QLatin1String(field), date.toString(Qt::ISODate));
    return {};
}

QDate parseDate(const QString &value)
{
    QDate d = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        d = QDate::fromString(value, Qt::ISODate);
    return d;
}

} // namespace

bool isAsciiText(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString PersonName::toDicom() const
{
    QStringList parts{family, given, middle, prefix, suffix};
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    QStringList groups{parts.join(u'^'), ideographic, phonetic};
    while (groups.size() > 1 && groups.last().isEmpty())
        groups.removeLast();
    return groups.join(u'=');
}

PersonName PersonName::fromDicom(const QString &value)
{
    const QStringList p = value.section(u'=', 0, 0).split(u'^');
    return PersonName{p.value(0).trimmed(), p.value(1).trimmed(), p.value(2).trimmed(), p.value(3).trimmed(),
                      p.value(4).trimmed(), value.section(u'=', 1, 1).trimmed(), value.section(u'=', 2, 2).trimmed()};
}

QString newUid()
{
    const QByteArray hex = QUuid::createUuid().toRfc4122().toHex();
    // 128-bit unsigned to decimal, by repeated division of the hex digits.
    QList<int> digits;
    for (char c : hex)
        digits.append(QByteArray(1, c).toInt(nullptr, 16));
    QString decimal;
    while (!digits.isEmpty()) {
        QList<int> quotient;
        int remainder = 0;
        for (int d : digits) {
            const int value = remainder * 16 + d;
            const int q = value / 10;
            remainder = value % 10;
            if (!quotient.isEmpty() || q != 0)
                quotient.append(q);
        }
        decimal.prepend(QChar(u'0' + remainder));
        digits = quotient;
    }
    return QStringLiteral("2.25.") + decimal;
}

QStringList StudyData::problems() const
{
    QStringList found;
    const QString name = patientName.toDicom();
    const QStringList groups = name.split(u'=');
    for (const QString &group : groups) {
        if (group.size() > kPnGroup) {
            found << QStringLiteral("PatientName: at most %1 characters per component group (is %2)").arg(kPnGroup).arg(group.size());
            break;
        }
    }
    if (name.contains(u'\\') || groups.size() > 3)
        found << QStringLiteral("PatientName: must not contain \\, and = only between its three component groups");
    for (const RequestedStep &r : requests) {
        const QList<std::pair<const char *, std::pair<QString, int>>> fields{
            {"RequestAttributesSequence.AccessionNumber", {r.accessionNumber, kSh}},
            {"RequestAttributesSequence.RequestedProcedureID", {r.requestedProcedureId, kSh}},
            {"RequestAttributesSequence.RequestedProcedureDescription", {r.requestedProcedureDescription, kLo}},
            {"RequestAttributesSequence.ScheduledProcedureStepID", {r.scheduledStepId, kSh}},
            {"RequestAttributesSequence.ScheduledProcedureStepDescription", {r.scheduledStepDescription, kLo}},
        };
        for (const auto &[field, valueAndMax] : fields) {
            if (QString p = lengthProblem(field, valueAndMax.first, valueAndMax.second); !p.isEmpty())
                found << p;
        }
    }
    const QList<std::pair<const char *, std::pair<QString, int>>> limited{
        {"PatientID", {patientId, kLo}},
        {"IssuerOfPatientID", {issuerOfPatientId, kLo}},
        {"StudyDescription", {studyDescription, kLo}},
        {"AccessionNumber", {accessionNumber, kSh}},
        {"StudyID", {studyId, kSh}},
        {"Modality", {modality, kCs}},
        {"SeriesDescription", {seriesDescription, kLo}},
        {"InstitutionName", {institutionName, kLo}},
        {"StationName", {stationName, kSh}},
        {"ReferringPhysicianName", {referringPhysician.toDicom(), kPnGroup}},
    };
    for (const auto &[field, valueAndMax] : limited) {
        if (QString p = lengthProblem(field, valueAndMax.first, valueAndMax.second); !p.isEmpty())
            found << p;
    }
    if (!sex.isEmpty() && sex != QLatin1String("M") && sex != QLatin1String("F") && sex != QLatin1String("O"))
        found << QStringLiteral("PatientSex: must be M, F or O (is %1)").arg(sex);
    if (!modality.isEmpty()) {
        for (QChar c : modality) {
            if (!(c.isUpper() || c.isDigit() || c == u'_' || c == u' ') || c.unicode() > 0x7e) {
                found << QStringLiteral("Modality: only upper-case letters, digits, space and _ (is %1)").arg(modality);
                break;
            }
        }
    }
    if (QString p = dateProblem("PatientBirthDate", birthDate); !p.isEmpty())
        found << p;
    if (QString p = dateProblem("StudyDate", studyDate); !p.isEmpty())
        found << p;
    if (birthDate.isValid() && studyDate.isValid() && birthDate > studyDate)
        found << QStringLiteral("PatientBirthDate: after the study date");
    if (!studyInstanceUid.isEmpty()) {
        if (studyInstanceUid.size() > 64)
            found << QStringLiteral("StudyInstanceUID: at most 64 characters");
        for (QChar c : studyInstanceUid) {
            if (!(c.isDigit() || c == u'.'))
                found << QStringLiteral("StudyInstanceUID: only digits and dots");
        }
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (isDicomKeyword(it.key()))
            continue;
        const auto pipeline = pipelineFunctions();
        found << (pipeline ? QStringLiteral("%1: not a DICOM keyword").arg(it.key())
                           : QStringLiteral("%1: cannot be checked against the DICOM dictionary (%2)").arg(it.key(), pipeline.error().message));
    }
    return found;
}

QString StudyData::validate() const
{
    return problems().value(0);
}

QString StudyData::missingForConversion() const
{
    QStringList missing;
    if (patientId.trimmed().isEmpty())
        missing << QStringLiteral("PatientID");
    if (patientName.isEmpty())
        missing << QStringLiteral("PatientName");
    if (missing.isEmpty())
        return {};
    return QStringLiteral("a non-DICOM file needs at least a patient ID and name: missing %1 (use --set %2=...)")
        .arg(missing.join(QStringLiteral(" and ")), missing.first());
}

Result<void> StudyData::set(const QString &keyword, const QString &value)
{
    const QString v = value.trimmed();
    if (keyword == QLatin1String("PatientName")) patientName = PersonName::fromDicom(v);
    else if (keyword == QLatin1String("PatientID")) patientId = v;
    else if (keyword == QLatin1String("IssuerOfPatientID")) issuerOfPatientId = v;
    else if (keyword == QLatin1String("PatientBirthDate")) {
        birthDate = parseDate(v);
        if (!birthDate.isValid() && !v.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("PatientBirthDate: not a date (use YYYYMMDD): %1").arg(v));
        // A typing slip, not a patient; dates copied from a worklist or PACS are taken as they are.
        if (birthDate.isValid() && birthDate.year() < 1900)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("PatientBirthDate: %1 is before 1900").arg(birthDate.toString(Qt::ISODate)));
    } else if (keyword == QLatin1String("PatientSex")) sex = v.toUpper();
    else if (keyword == QLatin1String("StudyInstanceUID")) studyInstanceUid = v;
    else if (keyword == QLatin1String("StudyDate")) {
        studyDate = parseDate(v);
        if (!studyDate.isValid() && !v.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("StudyDate: not a date (use YYYYMMDD): %1").arg(v));
        if (studyDate.isValid() && studyDate.year() < 1900)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("StudyDate: %1 is before 1900").arg(studyDate.toString(Qt::ISODate)));
    } else if (keyword == QLatin1String("StudyTime")) {
        studyTime = QTime::fromString(v.left(6), QStringLiteral("HHmmss"));
        if (!studyTime.isValid())
            studyTime = QTime::fromString(v, Qt::ISODate);
        if (!studyTime.isValid() && !v.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("StudyTime: not a time (use HHMMSS): %1").arg(v));
    } else if (keyword == QLatin1String("StudyDescription")) studyDescription = v;
    else if (keyword == QLatin1String("AccessionNumber")) accessionNumber = v;
    else if (keyword == QLatin1String("ReferringPhysicianName")) referringPhysician = PersonName::fromDicom(v);
    else if (keyword == QLatin1String("StudyID")) studyId = v;
    else if (keyword == QLatin1String("Modality")) modality = v;
    else if (keyword == QLatin1String("SeriesDescription")) seriesDescription = v;
    else if (keyword == QLatin1String("SeriesNumber")) {
        bool ok = false;
        seriesNumber = v.toInt(&ok);
        if (!ok || seriesNumber < 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("SeriesNumber: not a number: %1").arg(v));
    } else if (keyword == QLatin1String("InstitutionName")) institutionName = v;
    else if (keyword == QLatin1String("StationName")) stationName = v;
    else extra.insert(keyword, v);
    return {};
}

} // namespace pacsdrop
