#include "StatusLook.h"

#include "SvgIcon.h"

#include <QApplication>
#include <QLabel>

namespace pacsdrop {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(FileListModel)
public:
    static QString of(FileRow::Status status)
    {
        switch (status) {
        case FileRow::Status::Ready: return tr("Ready");
        case FileRow::Status::Queued: return tr("Queued");
        case FileRow::Status::Sending: return tr("Sending…");
        case FileRow::Status::Sent: return tr("Sent");
        case FileRow::Status::Confirmed: return tr("Sent and confirmed");
        case FileRow::Status::Warning: return tr("Sent with a warning");
        case FileRow::Status::Waiting: return tr("Not sent yet");
        case FileRow::Status::Failed: return tr("Failed");
        case FileRow::Status::NotSendable: break;
        }
        return tr("Cannot be sent");
    }
};

struct Colours {
    const char *lightText, *lightBackground, *darkText, *darkBackground;
};

Colours coloursOf(Tone tone)
{
    switch (tone) {
    case Tone::Bad: return {"#b71c1c", "#fde4e1", "#ff9e94", "#4d2020"};
    case Tone::Warning: return {"#7a4a00", "#fff1cc", "#ffd27a", "#4a3a12"};
    case Tone::Good: return {"#1b5e20", "#e6f4e7", "#8fd694", "#1e3b22"};
    case Tone::Busy: return {"#0d47a1", "#e3effd", "#9cc9ff", "#1a2f47"};
    case Tone::Neutral: break;
    }
    return {nullptr, nullptr, nullptr, nullptr};
}

} // namespace

Tone toneOf(FileRow::Status status)
{
    switch (status) {
    case FileRow::Status::Queued:
    case FileRow::Status::Sending: return Tone::Busy;
    case FileRow::Status::Sent:
    case FileRow::Status::Confirmed: return Tone::Good;
    case FileRow::Status::Warning:
    case FileRow::Status::Waiting: return Tone::Warning;
    case FileRow::Status::Failed:
    case FileRow::Status::NotSendable: return Tone::Bad;
    case FileRow::Status::Ready: break;
    }
    return Tone::Neutral;
}

QIcon statusIcon(FileRow::Status status)
{
    const char *name = nullptr;
    switch (status) {
    case FileRow::Status::Ready: return {};
    case FileRow::Status::Queued: name = "status-queued"; break;
    case FileRow::Status::Sending: name = "status-sending"; break;
    case FileRow::Status::Sent: name = "status-sent"; break;
    case FileRow::Status::Confirmed: name = "status-confirmed"; break;
    case FileRow::Status::Warning: name = "status-warning"; break;
    case FileRow::Status::Waiting: name = "status-waiting"; break;
    case FileRow::Status::Failed: name = "status-failed"; break;
    case FileRow::Status::NotSendable: name = "status-blocked"; break;
    }
    static QHash<QString, QIcon> cache; // GUI thread only
    const QString key = QString::fromLatin1(name);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, svgIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *it;
}

QString statusWord(FileRow::Status status) { return Words::of(status); }

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor toneText(Tone tone, const QPalette &palette)
{
    const Colours c = coloursOf(tone);
    if (!c.lightText)
        return palette.color(QPalette::Text);
    return QColor(QString::fromLatin1(isDark(palette) ? c.darkText : c.lightText));
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const Colours c = coloursOf(tone);
    if (!c.lightBackground)
        return palette.color(QPalette::Base);
    return QColor(QString::fromLatin1(isDark(palette) ? c.darkBackground : c.lightBackground));
}

QString toneStyleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1; background: %2;").arg(toneText(tone, palette).name(), toneBackground(tone, palette).name());
}

void showAsToneBox(QLabel *label, Tone tone)
{
    label->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; }").arg(toneStyleSheet(tone, QApplication::palette())));
}

void showInToneText(QWidget *widget, Tone tone)
{
    widget->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(tone, QApplication::palette()).name()));
}

} // namespace pacsdrop
