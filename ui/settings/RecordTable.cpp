#include "RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacsdrop {

RecordTable::RecordTable(const QList<Column> &columns, QWidget *parent)
    : QWidget(parent), m_columns(columns), m_table(new QTableWidget(this))
{
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("add"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("remove"));
    connect(add, &QPushButton::clicked, this, [this] { m_table->setCurrentCell(addRow(), 0); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

int RecordTable::addRow(const QVariantList &values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    putRow(row, values);
    return row;
}

void RecordTable::putRow(int row, const QVariantList &values)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns[c];
        const QVariant v = values.value(c);
        if (col.type == Column::Type::Choice) {
            auto *combo = new QComboBox(m_table);
            combo->addItems(col.choices);
            combo->setCurrentIndex(std::max(0, int(col.choices.indexOf(v.toString()))));
            m_table->setCellWidget(row, c, combo);
            continue;
        }
        auto *item = new QTableWidgetItem;
        if (col.type == Column::Type::Flag) {
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(v.toString());
        }
        m_table->setItem(row, c, item);
    }
}

void RecordTable::setRows(const QList<QVariantList> &rows)
{
    m_table->setRowCount(0);
    for (const QVariantList &r : rows)
        addRow(r);
}

QList<QVariantList> RecordTable::rows() const
{
    QList<QVariantList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantList values;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &col = m_columns[c];
            if (col.type == Column::Type::Choice) {
                values << static_cast<QComboBox *>(m_table->cellWidget(r, c))->currentText();
                continue;
            }
            const QTableWidgetItem *item = m_table->item(r, c);
            if (col.type == Column::Type::Flag)
                values << (item && item->checkState() == Qt::Checked);
            else if (col.type == Column::Type::Number)
                values << (item ? item->text().trimmed().toInt() : 0);
            else
                values << (item ? item->text().trimmed() : QString());
        }
        rows << values;
    }
    return rows;
}

} // namespace pacsdrop
