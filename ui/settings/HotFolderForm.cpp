#include "HotFolderForm.h"

#include "FormProblems.h"
#include "PathField.h"
#include "SettingNames.h"
#include "text/PeopleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

// What a watched folder's non-DICOM files can be given, in the order a form asks for it.
const char *const kStudyKeywords[] = {"PatientID", "PatientName", "PatientBirthDate", "PatientSex", "StudyDescription",
                                      "AccessionNumber", "ReferringPhysicianName", "Modality", "InstitutionName"};

} // namespace

HotFolderForm::HotFolderForm(const HotFolder &folder, const QStringList &devices, QWidget *parent)
    : QDialog(parent), m_problems(new FormProblems(this)), m_folder(new PathField(PathField::Kind::Folder, tr("Folder to watch"), this)),
      m_destination(new QComboBox(this)), m_recursive(new QCheckBox(tr("Also watch its subfolders"), this)), m_kind(new QComboBox(this)),
      m_study(new QTableWidget(int(std::size(kStudyKeywords)), 1, this)), m_after(new QComboBox(this)),
      m_done(new PathField(PathField::Kind::Folder, tr("Folder for sent files"), this)), m_stable(new QSpinBox(this)), m_poll(new QSpinBox(this)),
      m_rest(new QLabel(this))
{
    setWindowTitle(folder.folder.isEmpty() ? tr("New watched folder") : tr("Watched folder"));
    setObjectName(QStringLiteral("hotFolderForm"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_destination->setObjectName(QStringLiteral("destination"));
    for (const QString &d : devices)
        m_destination->addItem(d, d);
    m_recursive->setObjectName(QStringLiteral("recursive"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("DICOM files only"), true);
    m_kind->addItem(tr("Also photos, scans, PDFs and videos, for this patient:"), false);
    m_study->setObjectName(QStringLiteral("study"));
    m_study->horizontalHeader()->hide();
    m_study->horizontalHeader()->setStretchLastSection(true);
    QStringList labels;
    for (int r = 0; r < int(std::size(kStudyKeywords)); ++r) {
        labels << keywordForPeople(QString::fromLatin1(kStudyKeywords[r]));
        auto *item = new QTableWidgetItem;
        item->setData(Qt::UserRole, QString::fromLatin1(kStudyKeywords[r]));
        m_study->setItem(r, 0, item);
    }
    m_study->setVerticalHeaderLabels(labels);
    m_study->setMinimumHeight(m_study->verticalHeader()->defaultSectionSize() * 6);
    m_after->setObjectName(QStringLiteral("afterSend"));
    for (auto a : {HotFolder::AfterSend::Leave, HotFolder::AfterSend::Delete, HotFolder::AfterSend::MoveToDone})
        m_after->addItem(afterSendTitle(a), int(a));
    m_done->setObjectName(QStringLiteral("doneFolder"));
    m_stable->setObjectName(QStringLiteral("stableSeconds"));
    m_stable->setRange(0, 99999);
    m_stable->setSuffix(tr(" s"));
    m_poll->setObjectName(QStringLiteral("pollSeconds"));
    m_poll->setRange(0, 99999);
    m_poll->setSuffix(tr(" s"));

    auto *where = new QGroupBox(tr("Folder"), this);
    auto *w = new QFormLayout(where);
    m_problems->addRow(w, QStringLiteral("folder"), tr("Watch"), m_folder);
    w->addRow(QString(), m_recursive);
    m_problems->addRow(w, QStringLiteral("destination"), tr("Send to"), m_destination);
    auto *what = new QGroupBox(tr("Files"), this);
    auto *f = new QFormLayout(what);
    f->addRow(tr("Send"), m_kind);
    m_problems->addRow(f, QStringLiteral("study"), tr("Patient and study"), m_study);
    auto *after = new QGroupBox(tr("After sending"), this);
    auto *a = new QFormLayout(after);
    a->addRow(tr("Then"), m_after);
    m_problems->addRow(a, QStringLiteral("doneFolder"), tr("Move to"), m_done);
    m_problems->addRow(a, QStringLiteral("stableSeconds"), tr("A file is complete when unchanged for"), m_stable);
    m_problems->addRow(a, QStringLiteral("pollSeconds"), tr("Look for new files every"), m_poll);
    m_rest->setObjectName(QStringLiteral("problem"));
    m_rest->setWordWrap(true);
    m_rest->hide();
    m_problems->setRest(m_rest);
    auto *note = new QLabel(tr("The PacsDrop service (pacsdrop serve) watches these folders."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HotFolderForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(where);
    layout->addWidget(what);
    layout->addWidget(after);
    layout->addWidget(m_rest);
    layout->addWidget(buttons);

    m_folder->setText(folder.folder);
    selectData(*m_destination, folder.destination);
    m_recursive->setChecked(folder.recursive);
    m_kind->setCurrentIndex(folder.dicomOnly ? 0 : 1);
    for (auto it = folder.study.cbegin(); it != folder.study.cend(); ++it)
        setStudyValue(it.key(), it.value());
    selectData(*m_after, int(folder.afterSend));
    m_done->setText(folder.doneFolder);
    m_stable->setValue(folder.stableSeconds);
    m_poll->setValue(folder.pollSeconds);

    auto enable = [this] {
        m_study->setEnabled(m_kind->currentIndex() == 1);
        m_done->setEnabled(m_after->currentData().toInt() == int(HotFolder::AfterSend::MoveToDone));
        check();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, enable);
    connect(m_after, &QComboBox::currentIndexChanged, this, enable);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &HotFolderForm::check);
    connect(m_folder, &PathField::edited, this, &HotFolderForm::check);
    connect(m_done, &PathField::edited, this, &HotFolderForm::check);
    connect(m_study, &QTableWidget::itemChanged, this, &HotFolderForm::check);
    connect(m_stable, &QSpinBox::valueChanged, this, &HotFolderForm::check);
    connect(m_poll, &QSpinBox::valueChanged, this, &HotFolderForm::check);
    enable();
}

void HotFolderForm::setStudyValue(const QString &keyword, const QString &value)
{
    for (int r = 0; r < m_study->rowCount(); ++r) {
        if (m_study->item(r, 0)->data(Qt::UserRole).toString() == keyword) {
            m_study->item(r, 0)->setText(value);
            return;
        }
    }
    // A keyword the form does not ask for is kept, in a row of its own.
    const int r = m_study->rowCount();
    m_study->insertRow(r);
    auto *item = new QTableWidgetItem(value);
    item->setData(Qt::UserRole, keyword);
    m_study->setItem(r, 0, item);
    m_study->setVerticalHeaderItem(r, new QTableWidgetItem(keywordForPeople(keyword)));
}

HotFolder HotFolderForm::folder() const
{
    HotFolder h;
    h.folder = m_folder->text();
    h.destination = m_destination->currentData().toString();
    h.recursive = m_recursive->isChecked();
    h.dicomOnly = m_kind->currentIndex() == 0;
    for (int r = 0; r < m_study->rowCount(); ++r) {
        const QString value = m_study->item(r, 0)->text().trimmed();
        if (!value.isEmpty())
            h.study.insert(m_study->item(r, 0)->data(Qt::UserRole).toString(), value);
    }
    h.afterSend = static_cast<HotFolder::AfterSend>(m_after->currentData().toInt());
    h.doneFolder = m_done->text();
    h.stableSeconds = m_stable->value();
    h.pollSeconds = m_poll->value();
    return h;
}

QStringList HotFolderForm::problems() const
{
    QStringList found = folder().problems();
    for (QString &p : found) { // "study.PatientID: ..." is shown at the study table
        if (p.startsWith(QLatin1String("study.")))
            p = QStringLiteral("study: ") + p.mid(6);
    }
    return found;
}

QString HotFolderForm::problemAt(const QString &key) const { return m_problems->at(key); }

void HotFolderForm::check() { m_problems->show(problems()); }

void HotFolderForm::accept()
{
    check();
    if (m_problems->shown() > 0)
        return;
    QDialog::accept();
}

} // namespace pacsdrop
