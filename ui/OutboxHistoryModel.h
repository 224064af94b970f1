#pragma once
// The outbox as history people read: when, which file (the photo, not the DICOM made from it),
// whose, sent to where, and how it ended — sent, confirmed by the PACS, not sent yet (why, and
// when it is tried again) or failed (why, in plain words; the technical reason in the tooltip).
// Newest first. A filter proxy narrows it by what happened and by text.

#include "FileRow.h"
#include "delivery/PlainWords.h"
#include "outbox/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pacsdrop {

class OutboxHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, File, Patient, SentTo, Attempts, Result, ColumnCount };
    enum Role { IdRole = Qt::UserRole, StatusRole, SearchRole };

    explicit OutboxHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<OutboxEntry> &entries);
    const OutboxEntry &entry(int row) const { return m_entries.at(row); }
    // How the entry ended, as the file list says it (Sent, Confirmed, Waiting, Failed, Queued).
    static FileRow::Status statusOf(const OutboxEntry &entry);
    // What happened in plain words; the technical words stay in the entry's result.
    static PlainWords plainWords(const OutboxEntry &entry);
    static QString plainResult(const OutboxEntry &entry) { return plainWords(entry).text(); }

private:
    QList<OutboxEntry> m_entries;
};

// Narrows the history: everything, only what did not go (failed or waiting), or only what went;
// and text that the file, the patient or the device name contains.
class OutboxFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { Everything, NotSent, Sent };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::Everything;
    QString m_text;
};

} // namespace pacsdrop
