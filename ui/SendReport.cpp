#include "SendReport.h"

#include "delivery/PlainWords.h"

#include <QCoreApplication>
#include <QLocale>

namespace pacsdrop {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(SendReport)
public:
    static QString headline(const SendReport &r)
    {
        const int notSent = r.total - r.delivered;
        if (r.total == 0)
            return tr("Nothing was sent.");
        if (notSent == 0)
            return tr("All %n file(s) were sent to '%1'.", nullptr, r.total).arg(r.device);
        if (r.delivered == 0)
            return r.total == 1 ? tr("The file did not reach '%1'.").arg(r.device)
                                : tr("None of the %n files reached '%1'.", nullptr, r.total).arg(r.device);
        return tr("Only %1 of the %n files reached '%2'.", nullptr, r.total).arg(r.delivered).arg(r.device);
    }
    static QString stopped() { return tr("You stopped the sending; the files not sent yet are kept and sent next time."); }
    static QString nextTry(const QDateTime &at) { return tr("Next try at %1.").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)); }
};

} // namespace

QString SendReport::headline() const { return Words::headline(*this); }

QString SendReport::explanation() const
{
    if (ok())
        return {};
    if (stopped && failed == 0)
        return Words::stopped();
    QString text = plainFailure(reason.value_or(ErrorCode::Internal), device, failed == 0 && waiting > 0).text();
    if (waiting > 0 && nextTry.isValid())
        text += u' ' + Words::nextTry(nextTry);
    return text;
}

QString SendReport::text() const
{
    const QString more = explanation();
    return more.isEmpty() ? headline() : headline() + u' ' + more;
}

} // namespace pacsdrop
