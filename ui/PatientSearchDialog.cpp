#include "PatientSearchDialog.h"

#include "lookup/FindScu.h"
#include "lookup/QueryRequest.h"
#include "lookup/StudyFromLookup.h"
#include "lookup/WorklistQuery.h"
#include "net/Target.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

constexpr int kMaxResults = 500;
enum SourceKind { Worklist, Pacs };

} // namespace

PatientSearchDialog::PatientSearchDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_source(new QComboBox(this)), m_name(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_accession(new QLineEdit(this)), m_date(new QLineEdit(this)), m_modality(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("Search"), this)), m_stopButton(new QPushButton(tr("Stop"), this)),
      m_results(new QTableWidget(this)), m_state(new QLabel(this))
{
    setWindowTitle(tr("Find the patient"));
    setObjectName(QStringLiteral("patientSearch"));
    for (qsizetype i = 0; i < settings.worklistDevices().size(); ++i)
        m_source->addItem(tr("Worklist — %1").arg(settings.worklistDevices()[i].connection.name), QPoint(Worklist, int(i)));
    for (qsizetype i = 0; i < settings.queryDevices().size(); ++i)
        m_source->addItem(tr("PACS — %1").arg(settings.queryDevices()[i].connection.name), QPoint(Pacs, int(i)));
    m_source->setObjectName(QStringLiteral("source"));
    m_name->setObjectName(QStringLiteral("patientName"));
    m_name->setPlaceholderText(tr("e.g. MÜLLER* (* and ? match anything)"));
    m_id->setObjectName(QStringLiteral("patientId"));
    m_accession->setObjectName(QStringLiteral("accession"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD"));
    m_modality->setObjectName(QStringLiteral("modality"));
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_stopButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Search in"), m_source);
    form->addRow(tr("Patient name"), m_name);
    form->addRow(tr("Patient ID"), m_id);
    form->addRow(tr("Accession number"), m_accession);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Modality"), m_modality);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addStretch();
    buttonsRow->addWidget(m_stopButton);
    buttonsRow->addWidget(m_searchButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this patient"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttonsRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    m_searchButton->setDefault(true);

    connect(m_source, &QComboBox::currentIndexChanged, this, &PatientSearchDialog::sourceChanged);
    connect(m_searchButton, &QPushButton::clicked, this, &PatientSearchDialog::search);
    connect(m_stopButton, &QPushButton::clicked, this, [this] { m_stop = true; });
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_results->selectedItems().isEmpty()); });
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sourceChanged();
    resize(760, 520);
}

PatientSearchDialog::~PatientSearchDialog() { stopWorker(); }

void PatientSearchDialog::stopWorker()
{
    m_stop = true;
    if (m_worker && m_worker->joinable())
        m_worker->join();
    m_worker.reset();
}

void PatientSearchDialog::sourceChanged()
{
    const QPoint source = m_source->currentData().toPoint();
    const bool worklist = source.x() == Worklist;
    const QList<LookupDevice> &devices = worklist ? m_settings.worklistDevices() : m_settings.queryDevices();
    if (source.y() < 0 || source.y() >= devices.size())
        return;
    const LookupDefaults &d = devices[source.y()].defaults;
    m_date->setText(d.date);
    m_modality->setText(worklist ? d.modality : QString());
}

void PatientSearchDialog::search()
{
    if (m_source->count() == 0) {
        m_state->setText(tr("No worklist or query device is configured (Settings → Worklist)."));
        return;
    }
    stopWorker();
    m_stop = false;
    m_steps.clear();
    m_studies.clear();
    m_results->clearContents();
    m_results->setRowCount(0);
    const QPoint source = m_source->currentData().toPoint();
    m_worklistResults = source.x() == Worklist;
    const LookupDevice device = (m_worklistResults ? m_settings.worklistDevices() : m_settings.queryDevices())[source.y()];
    const QString callingAe = callingAeTitle(m_settings, device.connection);
    const QStringList headers = m_worklistResults
                                    ? QStringList{tr("Patient"), tr("ID"), tr("Birth date"), tr("Accession"), tr("Scheduled"), tr("Modality"), tr("Procedure")}
                                    : QStringList{tr("Patient"), tr("ID"), tr("Birth date"), tr("Accession"), tr("Study date"), tr("Modalities"), tr("Description")};
    m_results->setColumnCount(int(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);

    std::unique_ptr<DcmDataset> identifier;
    QDate from, to;
    if (!parseDateRange(m_date->text(), from, to)) {
        m_state->setText(tr("Date: use today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD"));
        return;
    }
    if (m_worklistResults) {
        WorklistCriteria c{m_name->text().trimmed(), m_id->text().trimmed(), m_accession->text().trimmed(), from, to,
                           m_modality->text().trimmed(), device.defaults.stationAeTitle};
        identifier = worklistIdentifier(c);
    } else {
        QueryCriteria c;
        c.patientName = m_name->text().trimmed();
        c.patientId = m_id->text().trimmed();
        c.accessionNumber = m_accession->text().trimmed();
        c.studyDateFrom = from;
        c.studyDateTo = to;
        c.modality = m_modality->text().trimmed();
        auto made = queryIdentifier(c); // Study Root, STUDY level: the study is what is chosen
        if (!made) {
            m_state->setText(made.error().message);
            return;
        }
        identifier = std::move(*made);
    }
    m_searching = true;
    m_searchButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_state->setText(tr("Searching %1…").arg(device.connection.name));
    const bool worklist = m_worklistResults;
    m_worker = std::make_unique<std::thread>([this, device, callingAe, worklist, query = std::shared_ptr<DcmDataset>(std::move(identifier))] {
        const FindRequest request{worklist ? UID_FINDModalityWorklistInformationModel : querySopClass(QueryRoot::Study), query.get(),
                                  kMaxResults, &m_stop};
        QString problem;
        auto summary = runFindInUnicode(device.connection, callingAe, request, device.fallbackCharacterSet, [&](DcmDataset &response) {
            if (worklist) {
                const WorklistItem item = worklistItemFrom(response);
                QMetaObject::invokeMethod(this, [this, item] { addWorklistItem(item); }, Qt::QueuedConnection);
            } else {
                const QueryResult study = queryResultFrom(response);
                QMetaObject::invokeMethod(this, [this, study] { addStudy(study); }, Qt::QueuedConnection);
            }
        }, problem);
        QString text;
        if (!summary)
            text = summary.error().message;
        else {
            text = tr("%n found", nullptr, summary->results);
            if (summary->truncated)
                text += tr(" — more results than shown; narrow the search");
            if (summary->cancelled)
                text += tr(" — stopped");
            if (!problem.isEmpty())
                text += tr("; some answers could not be read: %1").arg(problem);
        }
        QMetaObject::invokeMethod(this, [this, text] { finishSearch(text); }, Qt::QueuedConnection);
    });
}

void PatientSearchDialog::addWorklistItem(const WorklistItem &item)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const QStringList cells{item.patientName, item.patientId, item.patientBirthDate, item.accessionNumber,
                            QStringLiteral("%1 %2").arg(item.scheduledStartDate, item.scheduledStartTime.left(4)), item.modality,
                            item.requestedProcedureDescription};
    for (int c = 0; c < cells.size(); ++c)
        m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_steps.append(item);
}

void PatientSearchDialog::addStudy(const QueryResult &study)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const QStringList cells{study.patientName, study.patientId, study.patientBirthDate, study.accessionNumber, study.studyDate,
                            study.modalitiesInStudy, study.studyDescription};
    for (int c = 0; c < cells.size(); ++c)
        m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_studies.append(study);
}

void PatientSearchDialog::finishSearch(const QString &summary)
{
    m_searching = false;
    m_searchButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_state->setText(summary);
    if (m_results->rowCount() == 1)
        m_results->selectRow(0);
    emit searchFinished(summary);
}

int PatientSearchDialog::resultCount() const { return m_results->rowCount(); }

Result<StudyData> PatientSearchDialog::chosen(const StudyData &base) const
{
    const QList<QTableWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("no result chosen"));
    const int row = selected.first()->row();
    if (m_worklistResults)
        return studyDataFromWorklist({m_steps.value(row)}, base);
    return studyDataFromStudy(m_studies.value(row), base);
}

} // namespace pacsdrop
