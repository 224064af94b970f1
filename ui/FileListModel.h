#pragma once
// The window's file list as a table: kind (DICOM / IMAGE / VIDEO / PDF), name, patient, study,
// size, status; the row number is the vertical header's. Rows are added in batches (10,000 files are one insert), their status is
// updated as the pipeline reports, and a path is listed once.

#include "FileRow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pacsdrop {

class FileListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Name, Patient, Study, Size, Status, ColumnCount };

    explicit FileListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds rows whose path is not listed yet; returns how many were added.
    int addRows(const QList<FileRow> &rows);
    void removeRowsAt(QList<int> rows);
    void removeSent();
    void clear();

    const FileRow &row(int r) const { return m_rows.at(r); }
    const QList<FileRow> &rows() const { return m_rows; }
    int rowOf(const QString &path) const { return m_index.value(path, -1); }
    void setStatus(const QString &path, FileRow::Status status, const QString &text = {});

    // How many patients the DICOM rows belong to (by patient ID); each gets its own colour mark.
    int patientCount() const { return static_cast<int>(m_patients.size()); }

    static QString kindName(FileRow::Kind kind);
    static QString statusName(FileRow::Status status);

private:
    void reindex(int from);

    QList<FileRow> m_rows;
    QHash<QString, int> m_index; // path -> row
    QHash<QString, int> m_patients; // patient ID -> its number, in order of appearance
};

} // namespace pacsdrop
