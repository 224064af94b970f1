#include "OutboxView.h"


#include "Ask.h"
#include "OutboxHistoryModel.h"
#include "SavedState.h"
#include "ScreenFit.h"
#include "SvgIcon.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pacsdrop {

namespace {

constexpr int kMostShown = 5000;

struct Loaded {
    QList<OutboxEntry> entries;
    QString problem;
};

} // namespace

OutboxView::OutboxView(QWidget *parent)
    : QDialog(parent), m_model(new OutboxHistoryModel(this)), m_filter(new OutboxFilter(this)), m_table(new QTableView(this)),
      m_period(new QComboBox(this)), m_show(new QComboBox(this)), m_search(new QLineEdit(this)), m_details(new QLabel(this)),
      m_state(new QLabel(this)), m_retry(new QPushButton(svgIcon(QStringLiteral(":/icons/retry.svg")), tr("Retry"), this)),
      m_remove(new QPushButton(svgIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove…"), this))
{
    setWindowTitle(tr("Outbox and history"));
    setObjectName(QStringLiteral("outboxView"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Since yesterday"), 1);
    m_period->addItem(tr("Last 7 days"), 6);
    m_period->addItem(tr("Last 30 days"), 29);
    m_period->addItem(tr("Everything"), -1);
    m_period->setCurrentIndex(2);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("Everything"), int(OutboxFilter::Show::Everything));
    m_show->addItem(tr("Not sent (failed or waiting)"), int(OutboxFilter::Show::NotSent));
    m_show->addItem(tr("Sent"), int(OutboxFilter::Show::Sent));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find a patient, file or PACS"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A result too long for its column (a narrow or scaled-up screen) wraps onto a second line
    // rather than being cut off; rows are as tall as their text (at most kMostShown of them).
    m_table->setWordWrap(true);
    m_table->setSortingEnabled(false); // newest first, as read
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true); // the result takes the room left
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("state"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_remove->setObjectName(QStringLiteral("remove"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &OutboxView::reload);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { m_filter->setShow(static_cast<OutboxFilter::Show>(m_show->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &OutboxFilter::setText);
    connect(refresh, &QPushButton::clicked, this, &OutboxView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(selectedIds()); });
    connect(m_remove, &QPushButton::clicked, this, &OutboxView::removeSelected);
    resizeInChars(this, 185, 46);
    if (const QByteArray saved = QSettings().value(QStringLiteral("outboxView/geometry")).toByteArray(); !saved.isEmpty())
        restoreGeometry(saved);
    updateButtons();
    reload();
}

OutboxView::~OutboxView() { rememberState(QStringLiteral("outboxView/geometry"), saveGeometry()); }

void OutboxView::showNotSent() { m_show->setCurrentIndex(m_show->findData(int(OutboxFilter::Show::NotSent))); }

void OutboxView::reload()
{
    const int days = m_period->currentData().toInt();
    const QDateTime since = days < 0 ? QDateTime::fromSecsSinceEpoch(0) : QDateTime(QDate::currentDate().addDays(-days), QTime(0, 0));
    const quint64 request = ++m_request;
    m_state->setText(tr("Reading the outbox…"));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        const Loaded result = watcher->result();
        m_model->setEntries(result.entries);
        for (int c = 0; c < OutboxHistoryModel::ColumnCount - 1; ++c)
            m_table->resizeColumnToContents(c);
        m_state->setText(!result.problem.isEmpty() ? result.problem
                         : result.entries.size() >= kMostShown ? tr("Showing the newest %1 entries; choose a shorter period for older ones.").arg(kMostShown)
                                                               : tr("%n entr(y/ies)", nullptr, int(result.entries.size())));
        updateButtons();
        emit loaded(static_cast<int>(result.entries.size()));
    });
    watcher->setFuture(QtConcurrent::run([since] {
        Loaded loaded;
        auto outbox = Outbox::openConfigured();
        auto history = outbox ? outbox->history(since, kMostShown) : Result<QList<OutboxEntry>>(std::unexpected(outbox.error()));
        if (history)
            loaded.entries = *history;
        else
            loaded.problem = history.error().message;
        return loaded;
    }));
}

QList<qint64> OutboxView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(OutboxHistoryModel::IdRole).toLongLong();
    return ids;
}

void OutboxView::updateButtons()
{
    bool retryable = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const auto status = static_cast<FileRow::Status>(index.data(OutboxHistoryModel::StatusRole).toInt());
        retryable = retryable || status == FileRow::Status::Failed || status == FileRow::Status::Waiting || status == FileRow::Status::Queued;
    }
    m_retry->setEnabled(retryable);
    m_remove->setEnabled(!rows.isEmpty());
    if (rows.size() == 1) {
        const OutboxEntry &e = m_model->entry(m_filter->mapToSource(rows.first()).row());
        const QString plain = OutboxHistoryModel::plainResult(e);
        m_details->setText(QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
                               .arg(e.shownPath().toHtmlEscaped(), plain.toHtmlEscaped(), tr("For IT: %1").arg(e.result).toHtmlEscaped()));
    } else {
        m_details->clear();
    }
}

void OutboxView::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool unsent = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto status = static_cast<FileRow::Status>(index.data(OutboxHistoryModel::StatusRole).toInt());
        unsent = unsent || status == FileRow::Status::Queued || status == FileRow::Status::Waiting || status == FileRow::Status::Failed;
    }
    const QString question = unsent ? tr("Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.", nullptr, int(ids.size()))
                                    : tr("Remove %n entr(y/ies) from the history?", nullptr, int(ids.size()));
    if (!askYesNo(this, tr("Remove"), question))
        return;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit removed(watcher->result());
        reload();
    });
    watcher->setFuture(QtConcurrent::run([ids] {
        auto outbox = Outbox::openConfigured();
        auto removed = outbox ? outbox->remove(ids) : Result<int>(std::unexpected(outbox.error()));
        return removed ? *removed : 0;
    }));
}

} // namespace pacsdrop
