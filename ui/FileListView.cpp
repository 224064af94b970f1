#include "FileListView.h"


#include "EmptyState.h"
#include "FileListModel.h"
#include "FileListProxy.h"
#include "SavedState.h"

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace pacsdrop {

namespace {

const QString kHeaderKey = QStringLiteral("fileList/header");
const QString kSortKey = QStringLiteral("fileList/sort");

} // namespace

FileListView::FileListView(FileListModel &model, QAction *addFiles, QAction *addFolder, QWidget *parent)
    : QStackedWidget(parent), m_model(model), m_proxy(new FileListProxy(model, this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(addFiles, addFolder, this))
{
    m_table->setObjectName(QStringLiteral("files"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setIconSize(QSize(m_table->fontMetrics().height(), m_table->fontMetrics().height()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideMiddle); // a long file name keeps its end
    QSettings settings;
    if (const QByteArray saved = settings.value(kHeaderKey).toByteArray(); !saved.isEmpty() && header->restoreState(saved))
        m_userSized = true;
    const QList<QVariant> sort = settings.value(kSortKey, QVariantList{int(FileListModel::Name), int(Qt::AscendingOrder)}).toList();
    m_table->sortByColumn(sort.value(0).toInt(), static_cast<Qt::SortOrder>(sort.value(1).toInt()));
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // A drag on a column's edge (the stretching last column follows the window by itself).
        if (!m_fitting && column != FileListModel::ColumnCount - 1 && (QApplication::mouseButtons() & Qt::LeftButton))
            m_userSized = true; // the user's widths win from now on
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [](int column, Qt::SortOrder order) {
        rememberState(kSortKey, QVariantList{column, int(order)});
    });
    addWidget(m_empty);
    addWidget(m_table);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        showListOrHint();
        if (!m_userSized)
            QTimer::singleShot(0, this, &FileListView::fitColumns); // after the view knows its rows
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FileListView::showListOrHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FileListView::showListOrHint);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &, const QList<int> &) {
        // A converted file's patient arrives after sending: room for it.
        if (!m_userSized && from.column() <= FileListModel::Study)
            fitColumns();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        emit currentChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    });
    showListOrHint();
}

FileListView::~FileListView() { saveHeader(); }

void FileListView::saveHeader() const
{
    if (m_userSized) // only the user's own choice is remembered
        rememberState(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void FileListView::showListOrHint() { setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty); }

QList<int> FileListView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

int FileListView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void FileListView::selectRow(int sourceRow)
{
    m_table->setCurrentIndex(m_proxy->index(m_proxy->viewRow(sourceRow), 0));
    m_table->selectRow(m_proxy->viewRow(sourceRow));
}

void FileListView::resizeEvent(QResizeEvent *event)
{
    QStackedWidget::resizeEvent(event);
    if (!m_userSized)
        fitColumns();
}

void FileListView::fitColumns()
{
    if (m_model.rowCount() == 0)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> wanted;
    for (int c = 0; c < FileListModel::ColumnCount; ++c)
        wanted << std::max(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c), header->sectionSizeHint(c));
    const int available = m_table->viewport()->width();
    int total = 0;
    for (int w : wanted)
        total += w;
    // Too little room: Name and Study give way first, in proportion to what they have to spare
    // (their full text is in the tooltip and the preview); Patient and Status keep their width, so
    // nobody reads a cut-off name or result.
    const int floor = m_table->fontMetrics().averageCharWidth() * 10;
    const int name = FileListModel::Name, study = FileListModel::Study;
    const int spare = std::max(0, wanted[name] - floor) + std::max(0, wanted[study] - floor);
    if (total > available && spare > 0) {
        const int cut = std::min(total - available, spare);
        const int nameCut = cut * std::max(0, wanted[name] - floor) / spare;
        wanted[name] -= nameCut;
        wanted[study] -= cut - nameCut;
    }
    for (int c = 0; c < FileListModel::ColumnCount - 1; ++c) // the last one stretches
        header->resizeSection(c, wanted[c]);
    m_fitting = false;
}

} // namespace pacsdrop
