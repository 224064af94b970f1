#pragma once
// The window's file list as a table: kind, name, patient, study, size, status. Names and dates
// are shown as people write them (the stored values in the tooltip); a failed or waiting row is
// tinted and carries an icon, and its tooltip says what happened in plain words and, below, the
// technical reason. Rows are added in batches (10,000 files are one insert), their status is
// updated as the pipeline reports, and a path is listed once. The row number is the view's.

#include "FileRow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pacsdrop {

class FileListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Name, Patient, Study, Size, Status, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole,
        StatusRole,   // FileRow::Status as int
        ToneRole,     // Tone as int
        SortRole      // what the column sorts by (the natural-order key is the proxy's)
    };

    explicit FileListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds rows whose path is not listed yet; returns how many were added.
    int addRows(QList<FileRow> rows); // moved in: 10,000 rows are not copied on the way

    void removeRowsAt(QList<int> rows);
    void removeSent();
    void clear();

    const FileRow &row(int r) const { return m_rows.at(r); }
    const QList<FileRow> &rows() const { return m_rows; }
    int rowOf(const QString &path) const { return m_index.value(path, -1); }
    // The row's status, in plain words for people and technical words for IT.
    void setStatus(const QString &path, FileRow::Status status, const QString &plain = {}, const QString &detail = {},
                   std::optional<ErrorCode> failure = std::nullopt, const QDateTime &retryAt = {});
    // A converted file: the patient and study it was sent as (DICOM forms).
    void setSentAs(const QString &path, const QString &patientName, const QString &patientId, const QString &studyDate,
                   const QString &studyDescription);
    void addEntries(const QString &path, const QList<qint64> &entries);

    // How many patients the rows belong to (by patient ID); each gets its own colour mark.
    int patientCount() const { return static_cast<int>(m_patients.size()); }

    static QString kindName(FileRow::Kind kind);
    // "Anna Müller (PID-1)", or empty.
    static QString patientText(const FileRow &row);
    // "19.01.2004 · Whole body", or empty.
    static QString studyText(const FileRow &row);

private:
    void reindex(int from);
    void notePatient(const FileRow &row);
    QVariant tooltip(const FileRow &row, int column) const;

    QList<FileRow> m_rows;
    QHash<QString, int> m_index;    // path -> row
    QHash<QString, int> m_patients; // patient ID -> its number, in order of appearance
};

} // namespace pacsdrop
