#pragma once
// A small editable table (the Main page's "file name ending -> what it becomes"): one row per
// record, one typed column per field (text, number, yes/no, choice), Add and Remove buttons.
// Records with many fields are edited in forms instead (RecordList and the pages' forms).

#include <QStringList>
#include <QVariant>
#include <QWidget>


class QTableWidget;

namespace pacsdrop {

class RecordTable final : public QWidget {
    Q_OBJECT
public:
    struct Column {
        enum class Type { Text, Number, Flag, Choice };
        Column(QString h, Type t = Type::Text, QStringList c = {}) : header(std::move(h)), type(t), choices(std::move(c)) {}
        QString header;
        Type type = Type::Text;
        QStringList choices; // for Choice
    };

    RecordTable(const QList<Column> &columns, QWidget *parent = nullptr);

    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    QTableWidget *table() const { return m_table; }
    int addRow(const QVariantList &values = {});

private:
    void putRow(int row, const QVariantList &values);

    QList<Column> m_columns;
    QTableWidget *m_table;
};

} // namespace pacsdrop
