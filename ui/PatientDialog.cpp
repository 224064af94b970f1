#include "PatientDialog.h"

#include "DateField.h"
#include "FormProblems.h"
#include "PatientSearchDialog.h"
#include "SettingNames.h"
#include "StatusLook.h"
#include "text/PeopleText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

const char *const kIdentityFields[] = {"PatientID", "PatientFamilyName", "PatientGivenName", "PatientMiddleName", "PatientNamePrefix",
                                       "PatientNameSuffix", "PatientBirthDate", "AccessionNumber", "StudyDate", "StudyTime"};

// The field a core message names ("PatientName: ..." -> the family name field).
QString fieldOf(const QString &message)
{
    const QString keyword = message.section(u':', 0, 0).section(u'.', 0, 0).trimmed();
    if (keyword == QLatin1String("PatientName"))
        return QStringLiteral("PatientFamilyName");
    if (keyword == QLatin1String("PatientSex"))
        return QStringLiteral("PatientSex");
    return keyword;
}

// "Smith, Anna" (or "Smith") as a person name; the other way round for showing it.
PersonName physicianFrom(const QString &text)
{
    PersonName n;
    if (text.contains(u'^'))
        return PersonName::fromDicom(text.trimmed());
    n.family = text.section(u',', 0, 0).trimmed();
    n.given = text.section(u',', 1).trimmed();
    return n;
}

QString physicianText(const PersonName &n)
{
    return n.given.isEmpty() ? n.family : QStringLiteral("%1, %2").arg(n.family, n.given);
}

} // namespace

class PatientDialogWords {
    Q_DECLARE_TR_FUNCTIONS(PatientDialog)
public:
    // A core message ("AccessionNumber: at most 16 characters (is 17)") in the words of the form.
    static QString forPeople(const QString &message)
    {
        const QString what = message.section(u':', 1).trimmed();
        static const QRegularExpression length(QStringLiteral("^at most (\\d+) characters \\(is (\\d+)\\)$"));
        if (const auto m = length.match(what); m.hasMatch())
            return tr("too long: at most %1 characters (now %2)").arg(m.captured(1), m.captured(2));
        if (what.contains(QLatin1String("per component group")))
            return tr("too long: at most 64 characters for the whole name");
        if (what.endsWith(QLatin1String("is in the future")))
            return tr("is in the future");
        if (what.contains(QLatin1String("after the study date")))
            return tr("is after the study date");
        if (what.contains(QLatin1String("backslash")) || what.contains(QLatin1String("must not contain \\")))
            return tr("must not contain \\ or =");
        if (what.contains(QLatin1String("control characters")))
            return tr("must not contain control characters");
        if (what.startsWith(QLatin1String("only upper-case")))
            return tr("only capital letters, digits, space and _");
        return what.isEmpty() ? message : what;
    }
};

PatientDialog::PatientDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_forFiles(new QLabel(this)), m_lookupBanner(new QLabel(this)),
      m_typeInstead(new QPushButton(tr("Type in instead"), this)), m_sex(new QComboBox(this)), m_birthDate(new DateField(this)),
      m_studyDate(new DateField(this)), m_studyTime(new QTimeEdit(this)), m_modality(new QComboBox(this)), m_general(new QLabel(this)),
      m_problems(new FormProblems(this))
{
    setWindowTitle(tr("Patient and study"));
    setObjectName(QStringLiteral("patientDialog"));
    auto *intro = new QLabel(tr("Whose are these files? They go into this patient's record in the PACS."), this);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);
    m_forFiles->setObjectName(QStringLiteral("forFiles"));
    m_forFiles->setWordWrap(true);
    m_forFiles->hide();
    m_lookupBanner->setObjectName(QStringLiteral("lookupBanner"));
    m_lookupBanner->setWordWrap(true);
    m_lookupBanner->setMargin(6);
    m_typeInstead->setObjectName(QStringLiteral("typeInstead"));
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_lookupBanner, 1);
    banner->addWidget(m_typeInstead);
    m_lookupBanner->hide();
    m_typeInstead->hide();
    connect(m_typeInstead, &QPushButton::clicked, this, &PatientDialog::typeInInstead);

    auto *patientBox = new QGroupBox(tr("Patient"), this);
    auto *patient = new QFormLayout(patientBox);
    addLine(QStringLiteral("PatientID"), tr("Patient ID"), patient, tr("required"));
    addLine(QStringLiteral("PatientFamilyName"), tr("Family name"), patient, tr("required"));
    addLine(QStringLiteral("PatientGivenName"), tr("Given name"), patient);
    addLine(QStringLiteral("PatientMiddleName"), tr("Middle name"), patient);
    addLine(QStringLiteral("PatientNamePrefix"), tr("Title (Dr., Prof.)"), patient);
    addLine(QStringLiteral("PatientNameSuffix"), tr("Suffix (Jr., III)"), patient);
    m_birthDate->setObjectName(QStringLiteral("PatientBirthDate"));
    addRow(QStringLiteral("PatientBirthDate"), tr("Born"), m_birthDate, patient);
    m_sex->setObjectName(QStringLiteral("PatientSex"));
    m_sex->addItem(tr("not known"), QString());
    m_sex->addItem(tr("female"), QStringLiteral("F"));
    m_sex->addItem(tr("male"), QStringLiteral("M"));
    m_sex->addItem(tr("other"), QStringLiteral("O"));
    addRow(QStringLiteral("PatientSex"), tr("Sex"), m_sex, patient);

    auto *studyBox = new QGroupBox(tr("Study"), this);
    auto *study = new QFormLayout(studyBox);
    m_studyDate->setObjectName(QStringLiteral("StudyDate"));
    m_studyDate->setDate(QDate::currentDate());
    addRow(QStringLiteral("StudyDate"), tr("Date"), m_studyDate, study);
    m_studyTime->setObjectName(QStringLiteral("StudyTime"));
    m_studyTime->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_studyTime->setTime(QTime::currentTime());
    addRow(QStringLiteral("StudyTime"), tr("Time"), m_studyTime, study);
    addLine(QStringLiteral("StudyDescription"), tr("Description"), study, tr("e.g. Wound, left forearm"));
    addLine(QStringLiteral("AccessionNumber"), tr("Accession number"), study);
    addLine(QStringLiteral("ReferringPhysicianName"), tr("Referring physician"), study, tr("Family name, given name"));
    m_modality->setObjectName(QStringLiteral("Modality"));
    m_modality->setEditable(true);
    m_modality->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : settings.site().modalities)
        m_modality->addItem(modalityTitle(code), code);
    addRow(QStringLiteral("Modality"), tr("Kind of images (modality)"), m_modality, study);
    // The site chooses which attribute the free-text field fills (Image Comments by default).
    const QString extra = settings.site().additionalInfoKeyword;
    QLineEdit *comment = addLine(extra, keywordForPeople(extra), study);
    comment->setToolTip(tr("Stored as %1").arg(extra));

    auto *search = new QPushButton(tr("Find in worklist or PACS…"), this);
    search->setObjectName(QStringLiteral("search"));
    search->setEnabled(!settings.worklistDevices().isEmpty() || !settings.queryDevices().isEmpty());
    if (!search->isEnabled())
        search->setToolTip(tr("No worklist or PACS to search is set up (Settings → Worklist)."));
    connect(search, &QPushButton::clicked, this, &PatientDialog::openSearch);

    m_general->setObjectName(QStringLiteral("problem"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_problems->setRest(m_general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use for these files"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(patientBox, 1);
    columns->addWidget(studyBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_forFiles);
    layout->addWidget(search, 0, Qt::AlignLeft);
    layout->addLayout(banner);
    layout->addLayout(columns);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with the problems shown, never clips them

    if (settings.site().worklistOnlyForNonDicom) { // the site allows patients only from the worklist
        setIdentityReadOnly(true);
        for (QWidget *field : std::as_const(m_fields)) {
            if (auto *line = qobject_cast<QLineEdit *>(field))
                line->setReadOnly(true);
        }
        m_modality->setEnabled(false);
        m_lookupBanner->setText(tr("At this site, the patient comes from the worklist only: use \"Find in worklist or PACS…\"."));
        showAsToneBox(m_lookupBanner, Tone::Busy);
        m_lookupBanner->show();
    }
}

QLineEdit *PatientDialog::addLine(const QString &keyword, const QString &label, QFormLayout *form, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(keyword);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, [this] { check(m_triedOk); });
    addRow(keyword, label, edit, form);
    return edit;
}

void PatientDialog::addRow(const QString &keyword, const QString &label, QWidget *field, QFormLayout *form)
{
    m_problems->addRow(form, keyword, label, field);
    m_fields.insert(keyword, field);
    if (auto *date = qobject_cast<DateField *>(field))
        connect(date, &DateField::edited, this, [this] { check(m_triedOk); });
}

StudyData PatientDialog::forNextBatch(StudyData study)
{
    if (!study.requests.isEmpty() || !study.studyInstanceUid.isEmpty()) {
        study.studyInstanceUid.clear();
        study.requests.clear();
        study.accessionNumber.clear();
    }
    study.studyDate = {};
    study.studyTime = {};
    return study;
}

void PatientDialog::setFiles(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths.mid(0, 4))
        names << QFileInfo(p).fileName();
    QString text = names.join(QStringLiteral(", "));
    if (paths.size() > 4)
        text = tr("%1 and %n more", nullptr, int(paths.size() - 4)).arg(text);
    m_forFiles->setText(tr("For %n file(s): %1", nullptr, int(paths.size())).arg(text));
    m_forFiles->setToolTip(paths.join(u'\n'));
    m_forFiles->setVisible(!paths.isEmpty());
}

void PatientDialog::setStudyData(const StudyData &d)
{
    auto set = [&](const char *keyword, const QString &value) { static_cast<QLineEdit *>(m_fields.value(QString::fromLatin1(keyword)))->setText(value); };
    set("PatientID", d.patientId);
    set("PatientFamilyName", d.patientName.family);
    set("PatientGivenName", d.patientName.given);
    set("PatientMiddleName", d.patientName.middle);
    set("PatientNamePrefix", d.patientName.prefix);
    set("PatientNameSuffix", d.patientName.suffix);
    m_birthDate->setDate(d.birthDate);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(d.sex)));
    m_studyDate->setDate(d.studyDate.isValid() ? d.studyDate : QDate::currentDate());
    m_studyTime->setTime(d.studyTime.isValid() ? d.studyTime : QTime::currentTime());
    set("StudyDescription", d.studyDescription);
    set("AccessionNumber", d.accessionNumber);
    set("ReferringPhysicianName", physicianText(d.referringPhysician));
    if (!d.modality.isEmpty())
        selectData(*m_modality, d.modality);
    const QString extraKeyword = m_settings.site().additionalInfoKeyword;
    static_cast<QLineEdit *>(m_fields.value(extraKeyword))->setText(d.extra.value(extraKeyword));
    m_data = d;
    check(m_triedOk);
}

Result<StudyData> PatientDialog::read(QHash<QString, QString> &problems) const
{
    StudyData d = m_data;
    auto text = [&](const char *keyword) { return static_cast<QLineEdit *>(m_fields.value(QString::fromLatin1(keyword)))->text().trimmed(); };
    auto note = [&](const QString &keyword, const QString &message) {
        if (!problems.contains(keyword))
            problems.insert(keyword, message);
    };
    if (!m_identityFromLookup) { // else identity stays exactly as the worklist or PACS gave it
        PersonName name;
        name.family = text("PatientFamilyName");
        name.given = text("PatientGivenName");
        name.middle = text("PatientMiddleName");
        name.prefix = text("PatientNamePrefix");
        name.suffix = text("PatientNameSuffix");
        // The other forms of the name, and the ID's issuer, stay only with the name and ID they belong to.
        const bool sameName = name.family == m_data.patientName.family && name.given == m_data.patientName.given
                              && name.middle == m_data.patientName.middle;
        name.ideographic = sameName ? m_data.patientName.ideographic : QString();
        name.phonetic = sameName ? m_data.patientName.phonetic : QString();
        d.patientName = name;
        d.patientId = text("PatientID");
        if (d.patientId != m_data.patientId)
            d.issuerOfPatientId.clear();
        d.accessionNumber = text("AccessionNumber");
        for (DateField *field : {m_birthDate, m_studyDate}) {
            if (const QString p = field->problem(); !p.isEmpty())
                note(field->objectName(), p);
        }
        d.birthDate = m_birthDate->date();
        if (d.birthDate.isValid() && d.birthDate.year() < 1900)
            note(QStringLiteral("PatientBirthDate"), PatientDialogWords::tr("is before 1900"));
        d.studyDate = m_studyDate->date();
        d.studyTime = m_studyTime->time();
        d.sex = m_sex->currentData().toString();
    }
    d.studyDescription = text("StudyDescription");
    d.referringPhysician = physicianFrom(text("ReferringPhysicianName"));
    const int chosen = m_modality->currentIndex();
    d.modality = chosen >= 0 && m_modality->currentText() == m_modality->itemText(chosen) ? m_modality->itemData(chosen).toString()
                                                                                          : m_modality->currentText().trimmed().toUpper();
    const QString extraKeyword = m_settings.site().additionalInfoKeyword;
    d.extra.remove(extraKeyword);
    if (const QString extra = static_cast<QLineEdit *>(m_fields.value(extraKeyword))->text().trimmed(); !extra.isEmpty())
        d.extra.insert(extraKeyword, extra);
    for (const QString &p : d.problems())
        note(fieldOf(p), PatientDialogWords::forPeople(p));
    if (d.patientId.isEmpty())
        note(QStringLiteral("PatientID:required"), PatientDialogWords::tr("required: the patient's ID in the hospital"));
    if (d.patientName.isEmpty())
        note(QStringLiteral("PatientFamilyName:required"), PatientDialogWords::tr("required"));
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidArgument, problems.begin().value());
    return d;
}

void PatientDialog::check(bool showRequired)
{
    QHash<QString, QString> problems;
    read(problems);
    for (auto it = problems.begin(); it != problems.end();) {
        if (it.key().endsWith(QLatin1String(":required"))) {
            const QString keyword = it.key().section(u':', 0, 0);
            const QString message = it.value();
            it = problems.erase(it);
            if (showRequired && !problems.contains(keyword))
                problems.insert(keyword, message);
            continue;
        }
        ++it;
    }
    QStringList messages;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        messages << it.key() + QStringLiteral(": ") + it.value();
    m_problems->show(messages);
}

QString PatientDialog::problemAt(const QString &keyword) const { return m_problems->at(keyword); }

QStringList PatientDialog::problemsShown() const { return m_problems->shownMessages(); }

void PatientDialog::setIdentityReadOnly(bool readOnly)
{
    for (const char *keyword : kIdentityFields) {
        QWidget *field = m_fields.value(QString::fromLatin1(keyword));
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(readOnly);
        else if (auto *date = qobject_cast<DateField *>(field))
            date->setReadOnly(readOnly);
        else if (field)
            field->setEnabled(!readOnly);
        // Copied fields look copied: no white box to type in, a dashed frame instead.
        if (field)
            field->setStyleSheet(readOnly ? QStringLiteral("QLineEdit { background: palette(window); border: 1px dashed palette(mid); }")
                                          : QString());
    }
    m_sex->setEnabled(!readOnly);
}

void PatientDialog::useLookupResult(const StudyData &found, const QString &source)
{
    m_identityFromLookup = false; // setStudyData fills every field first
    setStudyData(found);
    setIdentityReadOnly(true);
    m_identityFromLookup = true;
    m_lookupBanner->setText(tr("Patient and study from %1, copied as they are there.").arg(source));
    showAsToneBox(m_lookupBanner, Tone::Good);
    m_lookupBanner->show();
    m_typeInstead->setVisible(!m_settings.site().worklistOnlyForNonDicom);
    check(m_triedOk);
}

void PatientDialog::typeInInstead()
{
    m_identityFromLookup = false;
    // A patient and study of one's own: nothing of the lookup's identity stays behind the fields.
    m_data.studyInstanceUid.clear();
    m_data.requests.clear();
    m_data.issuerOfPatientId.clear();
    m_data.patientName.ideographic.clear();
    m_data.patientName.phonetic.clear();
    setIdentityReadOnly(false);
    m_lookupBanner->hide();
    m_typeInstead->hide();
}

void PatientDialog::openSearch()
{
    auto *search = new PatientSearchDialog(m_settings, this);
    search->setAttribute(Qt::WA_DeleteOnClose);
    connect(search, &QDialog::accepted, this, [this, search] {
        auto found = search->chosen(m_data);
        if (found) {
            useLookupResult(*found, search->sourceName());
        } else {
            m_problems->show({found.error().message});
        }
    });
    search->open();
}

void PatientDialog::accept()
{
    m_triedOk = true;
    check(true);
    QHash<QString, QString> problems;
    auto entered = read(problems);
    if (!entered) {
        // The first field with a problem gets the cursor.
        for (const char *keyword : {"PatientID", "PatientFamilyName", "PatientBirthDate", "StudyDate"}) {
            if (!problemAt(QString::fromLatin1(keyword)).isEmpty()) {
                m_fields.value(QString::fromLatin1(keyword))->setFocus();
                break;
            }
        }
        return;
    }
    m_data = *entered;
    QDialog::accept();
}

} // namespace pacsdrop
