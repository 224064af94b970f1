#pragma once
// An editable table of records (devices, worklist devices, hot folders): one row per record, one
// typed column per field (text, number, yes/no, choice), Add and Remove buttons, and an optional
// per-row action button (Echo). Pages convert rows to their settings types and back.

#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <functional>

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

    // A button in each row (e.g. "Echo"); the callback gets the row, and may write a result with setNote.
    void setRowAction(const QString &label, std::function<void(int row)> action);
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    void setNote(int row, const QString &text);
    QTableWidget *table() const { return m_table; }
    int addRow(const QVariantList &values = {});

private:
    void putRow(int row, const QVariantList &values);

    QList<Column> m_columns;
    QTableWidget *m_table;
    QString m_actionLabel;
    std::function<void(int)> m_action;
};

} // namespace pacsdrop
