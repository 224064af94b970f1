#include "intake/Intake.h"

#include "common/WorkNote.h"
#include "dicom/DicomFileInfo.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcsequen.h"

#include <QDir>
#include <QDirIterator>

#include <dirent.h>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace pacsdrop {

namespace {

// Files whose names are not valid UTF-8 in this folder: Qt's walk passes them over without a
// word, so they are counted here from the raw directory (POSIX readdir) and said.
QStringList undecodableNames(const QString &folder)
{
    QStringList names;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray raw(entry->d_name);
        if (raw != QFile::encodeName(QFile::decodeName(raw)))
            names << QFile::decodeName(raw);
    }
    ::closedir(dir);
    return names;
}


// Resolves one path component against a folder, exactly first, then ignoring case.
QString resolveComponent(const QDir &dir, const QString &component)
{
    if (dir.exists(component))
        return dir.filePath(component);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (entry.compare(component, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    }
    return dir.filePath(component);
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

IntakeItem classify(const QString &path)
{
    IntakeItem item;
    item.path = path;
    auto info = readDicomFileInfo(path);
    if (!info) {
        item.kind = IntakeItem::Kind::Rejected;
        item.reason = info.error().message;
        item.rejection = info.error().code;
        return item;
    }
    item.dicom = *info;
    item.kind = info->isDicomdir ? IntakeItem::Kind::MediaIndex : IntakeItem::Kind::Dicom;
    return item;
}

} // namespace

Result<QStringList> dicomdirReferencedFiles(const QString &dicomdirPath)
{
    if (auto safe = safeToParse(dicomdirPath); !safe)
        return std::unexpected(safe.error());
    DcmFileFormat file;
    const OFCondition cond = file.loadFile(OFFilename(QFile::encodeName(dicomdirPath).constData()), EXS_Unknown,
                                           EGL_noChange, 4096, ERM_autoDetect);
    if (cond.bad())
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged DICOMDIR: %1").arg(dcmtkText(cond)));
    DcmSequenceOfItems *records = nullptr;
    if (file.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return QStringList{};

    const QDir root = QFileInfo(dicomdirPath).absoluteDir();
    QStringList files;
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem *record = records->getItem(i);
        OFString fileId;
        if (record->findAndGetOFStringArray(DCM_ReferencedFileID, fileId).bad() || fileId.empty())
            continue;
        // (0004,1500) holds the path as backslash-separated components (PS3.10 8.5).
        const QStringList parts = QString::fromLatin1(fileId.c_str()).trimmed().split(u'\\', Qt::SkipEmptyParts);
        QDir dir = root;
        QString resolved;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            resolved = resolveComponent(dir, parts[p].trimmed());
            if (p + 1 < parts.size())
                dir = QDir(resolved);
        }
        if (!resolved.isEmpty())
            files.append(resolved);
    }
    return files;
}

QString setAsideReason()
{
    return QStringLiteral("PacsDrop stopped while reading this file (the program crashed or was stopped), so it was set aside "
                          "and not sent; the rest of its batch was. Check the file, then add it again to try once more");
}

QList<IntakeItem> collectItems(const QStringList &paths, const QSet<QString> &setAside)
{
    QStringList files;
    QList<IntakeItem> early; // rejected before reading (missing paths, bad DICOMDIRs)
    QSet<QString> seen;
    auto addFile = [&](const QString &path) {
        const QString c = canonical(path);
        if (!seen.contains(c)) {
            seen.insert(c);
            files.append(c);
        }
    };
    auto reject = [&](const QString &path, const QString &reason) {
        const QString c = canonical(path);
        if (seen.contains(c))
            return;
        seen.insert(c);
        early.append(IntakeItem{IntakeItem::Kind::Rejected, c, {}, reason, ErrorCode::FileNotFound, {}});
    };

    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            const QString undecodable = undecodableNameProblem(path);
            reject(path, undecodable.isEmpty() ? QStringLiteral("file or folder not found") : undecodable);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            // Folders the walk could not enter would otherwise vanish without a word.
            QDirIterator dirs(info.absoluteFilePath(), QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                              QDirIterator::Subdirectories);
            QStringList unreadable, walked{info.absoluteFilePath()};
            if (!info.isReadable() || !info.isExecutable())
                unreadable << info.absoluteFilePath();
            while (dirs.hasNext()) {
                const QFileInfo dir(dirs.next());
                if (!dir.isSymLink() && (!dir.isReadable() || !dir.isExecutable()))
                    unreadable << dir.absoluteFilePath();
                else if (!dir.isSymLink())
                    walked << dir.absoluteFilePath();
            }
            for (const QString &dir : walked) {
                for (const QString &name : undecodableNames(dir))
                    reject(dir + u'/' + name, undecodableNameProblem(dir + u'/' + name));
            }
            for (const QString &dir : unreadable)
                reject(dir, QStringLiteral("folder cannot be read (permissions); its files are not included"));
            if (found.isEmpty() && unreadable.isEmpty() && early.isEmpty())
                reject(info.absoluteFilePath(), QStringLiteral("folder contains no files"));
            found.sort();
            for (const QString &f : found)
                addFile(f);
        } else if (setAside.contains(canonical(path))) {
            addFile(info.absoluteFilePath()); // rejected below, unread
        } else if (auto header = [&] { ReadingFile reading(canonical(path)); return readDicomFileInfo(path); }();
                   header && header->isDicomdir) {
            ReadingFile reading(canonical(path));
            addFile(info.absoluteFilePath()); // listed as the media index it is
            auto referenced = dicomdirReferencedFiles(info.absoluteFilePath());
            if (!referenced) {
                reject(info.absoluteFilePath() + QStringLiteral(" (contents)"), referenced.error().message);
                continue;
            }
            for (const QString &f : *referenced) {
                if (QFileInfo::exists(f))
                    addFile(f);
                else
                    reject(f, QStringLiteral("listed in DICOMDIR %1 but missing on the medium").arg(info.absoluteFilePath()));
            }
        } else {
            addFile(info.absoluteFilePath());
        }
    }

    QList<IntakeItem> items = QtConcurrent::blockingMapped<QList<IntakeItem>>(files, [&setAside](const QString &file) {
        if (setAside.contains(file))
            return IntakeItem{IntakeItem::Kind::Rejected, file, {}, setAsideReason(), ErrorCode::DamagedFile, {}};
        ReadingFile reading(file); // a crash in here leaves this file named in the work note
        return classify(file);
    });
    items.append(early);
    return items;
}

} // namespace pacsdrop
