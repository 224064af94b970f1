#include "OutboxHistoryModel.h"

#include "EntryStatus.h"
#include "StatusLook.h"
#include "delivery/PlainWords.h"
#include "text/PeopleText.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>

namespace pacsdrop {

OutboxHistoryModel::OutboxHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

int OutboxHistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_entries.size()); }

int OutboxHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

FileRow::Status OutboxHistoryModel::statusOf(const OutboxEntry &e) { return statusOfEntry(e); }

PlainWords OutboxHistoryModel::plainWords(const OutboxEntry &e) { return wordsOfEntry(e); }

QVariant OutboxHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    const FileRow::Status status = statusOf(e);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return dateTimeForPeople(e.updated);
        case File: return QFileInfo(e.shownPath()).fileName();
        case Patient: {
            const QString name = nameForPeople(e.patientName);
            return e.patientId.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, e.patientId);
        }
        case SentTo: return e.destination;
        case Result: { // the status and what happened, short; the whole sentence is in the tooltip and the details
            const QString what = plainWords(e).what;
            return what.isEmpty() ? statusWord(status) : QStringLiteral("%1 — %2").arg(statusWord(status), what);
        }
        case Attempts: return e.attempts;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Result)
            return QStringLiteral("<qt><p>%1</p><p><small>%2</small></p></qt>")
                .arg(plainResult(e).toHtmlEscaped(), tr("For IT: %1").arg(e.result + (e.confirmationResult.isEmpty() ? QString() : u' ' + e.confirmationResult)).toHtmlEscaped());
        if (index.column() == File)
            return e.shownPath();
        if (index.column() == When)
            return tr("Recorded %1, last change %2").arg(dateTimeForPeople(e.created), dateTimeForPeople(e.updated));
        return {};
    case Qt::DecorationRole:
        return index.column() == Result ? QVariant(statusIcon(status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Result && toneOf(status) != Tone::Neutral ? QVariant(toneText(toneOf(status), QApplication::palette())) : QVariant();
    case Qt::BackgroundRole:
        return toneOf(status) == Tone::Bad || toneOf(status) == Tone::Warning ? QVariant(toneBackground(toneOf(status), QApplication::palette()))
                                                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return e.id;
    case StatusRole:
        return static_cast<int>(status);
    case SearchRole:
        return QStringList{QFileInfo(e.shownPath()).fileName(), nameForPeople(e.patientName), e.patientName, e.patientId, e.destination}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant OutboxHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case File: return tr("File");
    case Patient: return tr("Patient");
    case SentTo: return tr("Sent to");
    case Result: return tr("Result");
    case Attempts: return tr("Attempts");
    default: return {};
    }
}

void OutboxHistoryModel::setEntries(const QList<OutboxEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void OutboxFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void OutboxFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool OutboxFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<FileRow::Status>(index.data(OutboxHistoryModel::StatusRole).toInt());
    const bool sent = status == FileRow::Status::Sent || status == FileRow::Status::Confirmed || status == FileRow::Status::Warning;
    if (m_show == Show::Sent && !sent)
        return false;
    if (m_show == Show::NotSent && sent)
        return false;
    return m_text.isEmpty() || index.data(OutboxHistoryModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace pacsdrop
