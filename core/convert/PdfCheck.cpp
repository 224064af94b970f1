#include "convert/PdfCheck.h"

#include "logging/Log.h"

#include <poppler-qt6.h>

#include <QImage>
#include <QStringList>

#include <memory>
#include <mutex>

namespace pacsdrop {

namespace {

thread_local QStringList *t_complaints = nullptr; // the current check's, on this thread

void collect(const QString &message, const QVariant &)
{
    if (t_complaints)
        t_complaints->append(message.simplified());
    else
        qCDebug(lcFfmpeg).noquote() << "poppler:" << message; // outside a check: the log, not stderr
}

// Complaints that mean the file's structure is broken, not merely unusual.
bool structural(const QString &complaint)
{
    for (const char *sign : {"reconstruct", "Loop in Pages tree", "Missing 'endstream'", "incorrect stream length", "Invalid XRef",
                             "Couldn't read xref", "Top-level pages object is wrong type", "Page count in top-level pages object"}) {
        if (complaint.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Result<int> checkPdf(const QString &path)
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(collect, QVariant()); });
    QStringList complaints;
    t_complaints = &complaints;
    struct Reset {
        ~Reset() { t_complaints = nullptr; }
    } reset;

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged PDF: Poppler cannot open it"));
    if (document->isLocked())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("password-protected PDF: a PACS viewer could not open it; save an unprotected copy"));
    const int pages = document->numPages();
    if (pages < 1)
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged PDF: no pages"));
    for (int p = 0; p < pages; ++p) {
        if (!document->page(p))
            return fail(ErrorCode::DamagedFile, QStringLiteral("damaged PDF: page %1 of %2 cannot be found").arg(p + 1).arg(pages));
    }
    // The first page, small: what a viewer has to manage at least.
    const std::unique_ptr<Poppler::Page> first = document->page(0);
    if (first->renderToImage(18, 18).isNull())
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged PDF: its first page cannot be drawn"));
    for (const QString &complaint : std::as_const(complaints)) {
        if (structural(complaint)) // Poppler ends some lines with a visible "<0a>"
            return fail(ErrorCode::DamagedFile,
                        QStringLiteral("damaged PDF (%1): open it in a PDF viewer and save it as a new PDF, then send that").arg(complaint),
                        complaints.join(u'\n'));
    }
    return pages;
}

} // namespace pacsdrop
