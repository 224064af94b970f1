#include "FileRow.h"

#include "delivery/PlainWords.h"
#include "pipeline/PipelineModule.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFileInfo>

namespace pacsdrop {

namespace {

class RowText {
    Q_DECLARE_TR_FUNCTIONS(FileRow)
public:
    static QString notConvertible() { return tr("This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert."); }
    static QString cannotRead() { return tr("PacsDrop cannot read files: part of it is missing. Reinstall PacsDrop."); }
};

InputKind classify(const QString &path)
{
    const auto pipeline = pipelineFunctions(); // loaded already: the items came through it
    return pipeline ? (*pipeline)->classifyInput(path) : InputKind::Unsupported;
}

} // namespace

QList<FileRow> rowsFor(const QList<IntakeItem> &items)
{
    QCollator collator;
    collator.setNumericMode(true); // "ct_2" before "ct_10", as people count
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<FileRow> rows;
    rows.reserve(items.size());
    for (const IntakeItem &item : items) {
        if (item.kind == IntakeItem::Kind::MediaIndex)
            continue; // a DICOMDIR's files are rows of their own
        FileRow row;
        row.item = item;
        row.sortKey = collator.sortKey(item.path);
        row.size = item.kind == IntakeItem::Kind::Dicom ? item.dicom.fileSize : QFileInfo(item.path).size();
        if (item.kind == IntakeItem::Kind::Dicom) {
            row.kind = FileRow::Kind::Dicom;
        } else if (item.rejection == ErrorCode::NotDicom) {
            switch (classify(item.path)) {
            case InputKind::Image: row.kind = FileRow::Kind::Image; break;
            case InputKind::Video: row.kind = FileRow::Kind::Video; break;
            case InputKind::Pdf: row.kind = FileRow::Kind::Pdf; break;
            case InputKind::Unsupported:
                row.status = FileRow::Status::NotSendable;
                row.plain = RowText::notConvertible();
                row.detail = item.reason;
                row.failure = ErrorCode::NotDicom;
                break;
            }
        } else { // damaged DICOM, unreadable file
            row.kind = FileRow::Kind::Dicom;
            row.status = FileRow::Status::NotSendable;
            row.plain = plainFailure(item.rejection, QString(), false).text();
            row.detail = item.reason;
            row.failure = item.rejection;
        }
        rows.append(std::move(row));
    }
    return rows;
}

QList<FileRow> rowsForPaths(const QStringList &paths)
{
    const auto pipeline = pipelineFunctions();
    if (pipeline)
        return rowsFor((*pipeline)->collectItems(paths, {}));
    QList<FileRow> rows; // nothing read, and each file says why
    for (const QString &path : paths) {
        FileRow row;
        row.item.path = path;
        row.status = FileRow::Status::NotSendable;
        row.plain = RowText::cannotRead();
        row.detail = pipeline.error().message;
        row.failure = pipeline.error().code;
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace pacsdrop
