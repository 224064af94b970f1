#include "RecordList.h"

#include "StatusLook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacsdrop {

RecordList::RecordList(const QStringList &headers, QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this)), m_note(new QLabel(this))
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setMargin(4);
    m_note->hide();
    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("add"));
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(add);
    connect(add, &QPushButton::clicked, this, &RecordList::addRequested);
    auto *row = new QHBoxLayout;
    row->addLayout(m_buttons);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addLayout(row);
    // Edit and Remove after Add; the page's own buttons after those.
    addRowButton(tr("Edit…"), QStringLiteral("edit"), [this](int r) { emit editRequested(r); });
    addRowButton(tr("Remove"), QStringLiteral("remove"), [this](int r) { emit removeRequested(r); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { emit editRequested(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordList::updateButtons);
    updateButtons();
}

QPushButton *RecordList::addRowButton(const QString &label, const QString &objectName, std::function<void(int)> action)
{
    auto *button = new QPushButton(label, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, action] {
        if (const int row = currentRow(); row >= 0)
            action(row);
    });
    m_rowButtons << button;
    m_buttons->addWidget(button);
    updateButtons();
    return button;
}

void RecordList::setRows(const QList<QStringList> &rows)
{
    const int current = currentRow();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[r].value(c));
            item->setToolTip(rows[r].value(c));
            m_table->setItem(r, c, item);
        }
    }
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->resizeColumnToContents(c);
    if (current >= 0 && current < rows.size())
        setCurrentRow(current);
    updateButtons();
}

int RecordList::currentRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void RecordList::setCurrentRow(int row)
{
    m_table->selectRow(row);
    updateButtons();
}

void RecordList::setNote(const QString &text, int tone)
{
    m_note->setText(text);
    showAsToneBox(m_note, static_cast<Tone>(tone));
    m_note->setVisible(!text.isEmpty());
}

QString RecordList::note() const { return m_note->isHidden() ? QString() : m_note->text(); }

void RecordList::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    for (QPushButton *b : std::as_const(m_rowButtons))
        b->setEnabled(chosen);
}

} // namespace pacsdrop
