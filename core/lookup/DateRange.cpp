// parseDateRange (lookup/WorklistQuery.h) apart from the identifiers: it needs no DCMTK, and the
// window's date field uses it before the pipeline is loaded.
#include "lookup/WorklistQuery.h"

namespace pacsdrop {

bool parseDateRange(const QString &text, QDate &from, QDate &to)
{
    from = to = QDate();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    if (t.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0) {
        from = to = QDate::currentDate();
        return true;
    }
    auto date = [](const QString &s, QDate &out) {
        if (s.isEmpty())
            return true;
        out = QDate::fromString(s, QStringLiteral("yyyyMMdd"));
        return out.isValid();
    };
    if (!t.contains(u'-'))
        return date(t, from) && (to = from, true);
    const QString first = t.section(u'-', 0, 0), second = t.section(u'-', 1);
    if (first.isEmpty() && second.isEmpty())
        return false;
    return date(first, from) && date(second, to) && (!from.isValid() || !to.isValid() || from <= to);
}

} // namespace pacsdrop
