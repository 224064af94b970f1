#include "PatientDialog.h"

#include "PatientSearchDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

// The fields, by the DICOM keyword StudyData::set() takes; names are for people.
struct Field {
    const char *keyword;
    const char *label;
};

const Field kPatientFields[] = {
    {"PatientID", QT_TRANSLATE_NOOP("PatientDialog", "Patient ID")},
    {"PatientFamilyName", QT_TRANSLATE_NOOP("PatientDialog", "Family name")},
    {"PatientGivenName", QT_TRANSLATE_NOOP("PatientDialog", "Given name")},
    {"PatientMiddleName", QT_TRANSLATE_NOOP("PatientDialog", "Middle name")},
    {"PatientNamePrefix", QT_TRANSLATE_NOOP("PatientDialog", "Prefix")},
    {"PatientNameSuffix", QT_TRANSLATE_NOOP("PatientDialog", "Suffix")},
    {"PatientBirthDate", QT_TRANSLATE_NOOP("PatientDialog", "Birth date (YYYYMMDD)")},
};
const Field kStudyFields[] = {
    {"StudyDate", QT_TRANSLATE_NOOP("PatientDialog", "Study date (YYYYMMDD)")},
    {"StudyTime", QT_TRANSLATE_NOOP("PatientDialog", "Study time (HHMMSS)")},
    {"StudyDescription", QT_TRANSLATE_NOOP("PatientDialog", "Study description")},
    {"AccessionNumber", QT_TRANSLATE_NOOP("PatientDialog", "Accession number")},
    {"ReferringPhysicianName", QT_TRANSLATE_NOOP("PatientDialog", "Referring physician")},
    {"Modality", QT_TRANSLATE_NOOP("PatientDialog", "Modality")},
};
const char *const kIdentityFields[] = {"PatientID", "PatientFamilyName", "PatientGivenName", "PatientMiddleName", "PatientNamePrefix",
                                       "PatientNameSuffix", "PatientBirthDate", "AccessionNumber", "StudyDate", "StudyTime"};

// The StudyData field a validation message names ("PatientName: ..." -> the name fields).
QString fieldOf(const QString &message)
{
    const QString keyword = message.section(u':', 0, 0).section(u'.', 0, 0).trimmed();
    if (keyword == QLatin1String("PatientName"))
        return QStringLiteral("PatientFamilyName");
    return keyword;
}

} // namespace

PatientDialog::PatientDialog(const Settings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Non-DICOM file info"));
    setObjectName(QStringLiteral("patientDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const Field &f : kPatientFields)
        addField(QString::fromLatin1(f.keyword), tr(f.label), form);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("PatientSex"));
    m_sex->addItem(tr("unknown"), QString());
    m_sex->addItem(tr("female"), QStringLiteral("F"));
    m_sex->addItem(tr("male"), QStringLiteral("M"));
    m_sex->addItem(tr("other"), QStringLiteral("O"));
    form->addRow(tr("Sex"), m_sex);
    for (const Field &f : kStudyFields)
        addField(QString::fromLatin1(f.keyword), tr(f.label), form);
    // The site chooses which attribute the free-text field fills (Image Comments by default).
    addField(settings.site().additionalInfoKeyword, tr("Additional info (%1)").arg(settings.site().additionalInfoKeyword), form);
    auto *modalities = new QCompleter(settings.site().modalities, this);
    modalities->setCaseSensitivity(Qt::CaseInsensitive);
    m_fields.value(QStringLiteral("Modality"))->setCompleter(modalities);
    if (m_fields.value(QStringLiteral("Modality"))->text().isEmpty() && !settings.site().modalities.isEmpty())
        m_fields.value(QStringLiteral("Modality"))->setText(settings.site().modalities.first());
    auto *search = new QPushButton(tr("Search worklist / PACS…"), this);
    search->setObjectName(QStringLiteral("search"));
    search->setEnabled(!settings.worklistDevices().isEmpty() || !settings.queryDevices().isEmpty());
    connect(search, &QPushButton::clicked, this, &PatientDialog::openSearch);
    layout->addWidget(search, 0, Qt::AlignLeft);
    layout->addLayout(form);
    if (settings.site().worklistOnlyForNonDicom) { // the site allows patients only from the worklist
        setIdentityReadOnly(true);
        for (QLineEdit *edit : std::as_const(m_fields))
            edit->setReadOnly(true);
    }
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("problem"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020"));
    m_general->setWordWrap(true);
    m_general->hide();
    layout->addWidget(m_general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit *PatientDialog::addField(const QString &keyword, const QString &label, QFormLayout *form)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(keyword);
    auto *problem = new QLabel(this);
    problem->setObjectName(keyword + QStringLiteral("Problem"));
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->setWordWrap(true);
    problem->hide();
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(edit);
    cell->addWidget(problem);
    form->addRow(label, cell);
    m_fields.insert(keyword, edit);
    m_problems.insert(keyword, problem);
    connect(edit, &QLineEdit::textEdited, problem, &QLabel::hide);
    return edit;
}

void PatientDialog::setStudyData(const StudyData &d)
{
    auto set = [&](const char *keyword, const QString &value) { m_fields.value(QString::fromLatin1(keyword))->setText(value); };
    set("PatientID", d.patientId);
    set("PatientFamilyName", d.patientName.family);
    set("PatientGivenName", d.patientName.given);
    set("PatientMiddleName", d.patientName.middle);
    set("PatientNamePrefix", d.patientName.prefix);
    set("PatientNameSuffix", d.patientName.suffix);
    set("PatientBirthDate", d.birthDate.isValid() ? d.birthDate.toString(QStringLiteral("yyyyMMdd")) : QString());
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(d.sex)));
    set("StudyDate", d.studyDate.isValid() ? d.studyDate.toString(QStringLiteral("yyyyMMdd")) : QString());
    set("StudyTime", d.studyTime.isValid() ? d.studyTime.toString(QStringLiteral("HHmmss")) : QString());
    set("StudyDescription", d.studyDescription);
    set("AccessionNumber", d.accessionNumber);
    set("ReferringPhysicianName", d.referringPhysician.toDicom());
    if (!d.modality.isEmpty())
        set("Modality", d.modality);
    const QString extraKeyword = m_settings.site().additionalInfoKeyword;
    m_fields.value(extraKeyword)->setText(d.extra.value(extraKeyword));
    m_data = d;
}

Result<StudyData> PatientDialog::read() const
{
    StudyData d = m_data;
    auto value = [&](const char *keyword) { return m_fields.value(QString::fromLatin1(keyword))->text().trimmed(); };
    if (m_identityFromLookup) { // identity stays exactly as the worklist or PACS gave it
        for (const char *keyword : {"StudyDescription", "ReferringPhysicianName", "Modality"}) {
            if (auto r = d.set(QString::fromLatin1(keyword), value(keyword)); !r)
                return std::unexpected(r.error());
        }
        return finishRead(d);
    }
    PersonName name;
    name.family = value("PatientFamilyName");
    name.given = value("PatientGivenName");
    name.middle = value("PatientMiddleName");
    name.prefix = value("PatientNamePrefix");
    name.suffix = value("PatientNameSuffix");
    name.ideographic = m_data.patientName.ideographic; // kept as a lookup gave them
    name.phonetic = m_data.patientName.phonetic;
    d.patientName = name;
    for (const char *keyword : {"PatientID", "PatientBirthDate", "StudyDate", "StudyTime", "StudyDescription", "AccessionNumber",
                                "ReferringPhysicianName", "Modality"}) {
        if (auto r = d.set(QString::fromLatin1(keyword), value(keyword)); !r)
            return std::unexpected(r.error());
    }
    d.sex = m_sex->currentData().toString();
    return finishRead(d);
}

Result<StudyData> PatientDialog::finishRead(StudyData d) const
{
    const QString extraKeyword = m_settings.site().additionalInfoKeyword;
    d.extra.remove(extraKeyword);
    if (const QString extra = m_fields.value(extraKeyword)->text().trimmed(); !extra.isEmpty()) {
        if (auto r = d.set(extraKeyword, extra); !r)
            return std::unexpected(r.error());
    }
    if (const QString problem = d.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    if (const QString missing = d.missingForConversion(); !missing.isEmpty())
        return fail(ErrorCode::InvalidArgument, missing);
    return d;
}

void PatientDialog::setIdentityReadOnly(bool readOnly)
{
    for (const char *keyword : kIdentityFields)
        m_fields.value(QString::fromLatin1(keyword))->setReadOnly(readOnly);
    m_sex->setEnabled(!readOnly);
}

void PatientDialog::useLookupResult(const StudyData &found)
{
    setStudyData(found);
    setIdentityReadOnly(true);
    m_identityFromLookup = true;
}

void PatientDialog::openSearch()
{
    auto *search = new PatientSearchDialog(m_settings, this);
    search->setAttribute(Qt::WA_DeleteOnClose);
    connect(search, &QDialog::accepted, this, [this, search] {
        auto found = search->chosen(m_data);
        if (found)
            useLookupResult(*found);
        else
            showProblem(QString(), found.error().message);
    });
    search->open();
}

void PatientDialog::showProblem(const QString &keyword, const QString &message)
{
    if (QLabel *label = m_problems.value(keyword)) {
        label->setText(message.section(u':', 1).trimmed().isEmpty() ? message : message.section(u':', 1).trimmed());
        label->show();
        m_fields.value(keyword)->setFocus();
        return;
    }
    m_general->setText(message);
    m_general->show();
}

QString PatientDialog::problemAt(const QString &keyword) const
{
    const QLabel *label = m_problems.value(keyword);
    return label && !label->isHidden() ? label->text() : QString();
}

void PatientDialog::accept()
{
    for (QLabel *label : std::as_const(m_problems))
        label->hide();
    m_general->hide();
    auto entered = read();
    if (!entered) {
        const QString message = entered.error().message;
        // "what is missing" names no single field: show it at the first empty one.
        if (message.contains(QLatin1String("PatientID")) && m_fields.value(QStringLiteral("PatientID"))->text().trimmed().isEmpty())
            showProblem(QStringLiteral("PatientID"), tr("PatientID: required"));
        else if (message.contains(QLatin1String("PatientName")) && m_fields.value(QStringLiteral("PatientFamilyName"))->text().trimmed().isEmpty())
            showProblem(QStringLiteral("PatientFamilyName"), tr("PatientName: required"));
        else
            showProblem(fieldOf(message), message);
        return;
    }
    m_data = *entered;
    QDialog::accept();
}

} // namespace pacsdrop
