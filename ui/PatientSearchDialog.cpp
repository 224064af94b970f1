#include "PatientSearchDialog.h"


#include "DateRangeField.h"
#include "LookupResultsModel.h"
#include "SavedState.h"
#include "ScreenFit.h"
#include "pipeline/PipelineModule.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

constexpr int kMaxResults = 500;
enum SourceKind { Worklist, Pacs };

} // namespace

PatientSearchDialog::PatientSearchDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_source(new QComboBox(this)), m_name(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_accession(new QLineEdit(this)), m_modality(new QLineEdit(this)), m_date(new DateRangeField(this)),
      m_searchButton(new QPushButton(tr("Search"), this)), m_stopButton(new QPushButton(tr("Stop"), this)),
      m_model(new LookupResultsModel(this)), m_results(new QTableView(this)), m_state(new QLabel(this))
{
    setWindowTitle(tr("Find the patient"));
    setObjectName(QStringLiteral("patientSearch"));
    for (qsizetype i = 0; i < settings.worklistDevices().size(); ++i)
        m_source->addItem(tr("Worklist '%1' (scheduled patients)").arg(settings.worklistDevices()[i].connection.name), QPoint(Worklist, int(i)));
    for (qsizetype i = 0; i < settings.queryDevices().size(); ++i)
        m_source->addItem(tr("PACS '%1' (existing studies)").arg(settings.queryDevices()[i].connection.name), QPoint(Pacs, int(i)));
    m_source->setObjectName(QStringLiteral("source"));
    m_name->setObjectName(QStringLiteral("patientName"));
    m_name->setPlaceholderText(tr("family name, e.g. Müller* (* matches anything)"));
    m_id->setObjectName(QStringLiteral("patientId"));
    m_accession->setObjectName(QStringLiteral("accession"));
    m_date->setObjectName(QStringLiteral("date"));
    m_modality->setObjectName(QStringLiteral("modality"));
    m_modality->setPlaceholderText(tr("e.g. XC"));
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
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
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(m_results->selectionModel()->hasSelection()); });
    connect(m_results, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->rowCount() <= 50) // the first answers set the widths; later ones do not make them jump
            fitColumns();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sourceChanged();
    resizeInChars(this, 175, 44);
    if (const QByteArray saved = QSettings().value(QStringLiteral("patientSearch/geometry")).toByteArray(); !saved.isEmpty())
        restoreGeometry(saved);
}

PatientSearchDialog::~PatientSearchDialog()
{
    stopWorker();
    rememberState(QStringLiteral("patientSearch/geometry"), saveGeometry());
}

void PatientSearchDialog::fitColumns()
{
    // Every column as wide as its content, so "Scheduled" never wraps and names are whole; the
    // description takes what is left.
    for (int c = 0; c < LookupResultsModel::ColumnCount - 1; ++c)
        m_results->resizeColumnToContents(c);
}

QString PatientSearchDialog::sourceName() const
{
    const QPoint source = m_source->currentData().toPoint();
    const QList<LookupDevice> &devices = source.x() == Worklist ? m_settings.worklistDevices() : m_settings.queryDevices();
    const QString name = source.y() >= 0 && source.y() < devices.size() ? devices[source.y()].connection.name : QString();
    return source.x() == Worklist ? tr("the worklist '%1'").arg(name) : tr("the PACS '%1'").arg(name);
}

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
    m_date->setDefault(d.date);
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
    const QPoint source = m_source->currentData().toPoint();
    const bool worklistSearch = source.x() == Worklist;
    m_model->reset(worklistSearch);
    const LookupDevice device = (worklistSearch ? m_settings.worklistDevices() : m_settings.queryDevices())[source.y()];
    QDate from, to;
    QString dateProblem;
    if (!m_date->range(from, to, dateProblem)) {
        m_state->setText(dateProblem);
        return;
    }
    PatientSearch search;
    search.worklist = worklistSearch;
    search.maxResults = kMaxResults;
    search.stop = &m_stop;
    if (worklistSearch) {
        search.worklistCriteria = {m_name->text().trimmed(), m_id->text().trimmed(), m_accession->text().trimmed(), from, to,
                                   m_modality->text().trimmed(), device.defaults.stationAeTitle};
    } else { // Study Root, STUDY level: the study is what is chosen
        QueryCriteria &c = search.studyCriteria;
        c.patientName = m_name->text().trimmed();
        c.patientId = m_id->text().trimmed();
        c.accessionNumber = m_accession->text().trimmed();
        c.studyDateFrom = from;
        c.studyDateTo = to;
        c.modality = m_modality->text().trimmed();
    }
    m_searching = true;
    m_searchButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_state->setText(tr("Searching %1…").arg(device.connection.name));
    // The first search loads the pipeline (pipeline/PipelineModule.h): on this thread, not the window's.
    m_worker = std::make_unique<std::thread>([this, device, search, settings = m_settings] {
        PatientSearchAnswers answers;
        answers.worklistItem = [this](const WorklistItem &item) {
            QMetaObject::invokeMethod(this, [this, item] { m_model->add(item); }, Qt::QueuedConnection);
        };
        answers.study = [this](const QueryResult &study) {
            QMetaObject::invokeMethod(this, [this, study] { m_model->add(study); }, Qt::QueuedConnection);
        };
        QString problem;
        const auto pipeline = pipelineFunctions();
        auto summary = pipeline ? (*pipeline)->searchPatients(settings, device, search, answers, problem)
                                : Result<FindSummary>(std::unexpected(pipeline.error()));
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

void PatientSearchDialog::finishSearch(const QString &summary)
{
    m_searching = false;
    m_searchButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_state->setText(summary);
    fitColumns();
    if (m_model->rowCount() == 1)
        m_results->selectRow(0);
    emit searchFinished(summary);
}

int PatientSearchDialog::resultCount() const { return m_model->rowCount(); }

Result<StudyData> PatientSearchDialog::chosen(const StudyData &base) const
{
    const QModelIndexList selected = m_results->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("no result chosen"));
    const int row = selected.first().row();
    const auto pipeline = pipelineFunctions(); // loaded: the search went through it
    if (!pipeline)
        return std::unexpected(pipeline.error());
    if (m_model->isWorklist())
        return (*pipeline)->studyDataFromWorklist({m_model->worklistItem(row)}, base);
    return (*pipeline)->studyDataFromStudy(m_model->study(row), base);
}

} // namespace pacsdrop
