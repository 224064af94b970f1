#include "SettingNames.h"

#include "dicom/CharacterSets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>

namespace pacsdrop {

namespace {

class Names {
    Q_DECLARE_TR_FUNCTIONS(SettingNames)
public:
    static QString charset(const QString &term)
    {
        static const QHash<QString, const char *> names{
            {QStringLiteral("ISO_IR 192"), QT_TRANSLATE_NOOP("SettingNames", "Unicode (UTF-8)")},
            {QStringLiteral("ISO_IR 100"), QT_TRANSLATE_NOOP("SettingNames", "Western European, Latin-1")},
            {QStringLiteral("ISO_IR 101"), QT_TRANSLATE_NOOP("SettingNames", "Central European, Latin-2")},
            {QStringLiteral("ISO_IR 109"), QT_TRANSLATE_NOOP("SettingNames", "South European, Latin-3")},
            {QStringLiteral("ISO_IR 110"), QT_TRANSLATE_NOOP("SettingNames", "Baltic, Latin-4")},
            {QStringLiteral("ISO_IR 148"), QT_TRANSLATE_NOOP("SettingNames", "Turkish, Latin-5")},
            {QStringLiteral("ISO_IR 203"), QT_TRANSLATE_NOOP("SettingNames", "Western European with €, Latin-9")},
            {QStringLiteral("ISO_IR 144"), QT_TRANSLATE_NOOP("SettingNames", "Cyrillic")},
            {QStringLiteral("ISO_IR 127"), QT_TRANSLATE_NOOP("SettingNames", "Arabic")},
            {QStringLiteral("ISO_IR 126"), QT_TRANSLATE_NOOP("SettingNames", "Greek")},
            {QStringLiteral("ISO_IR 138"), QT_TRANSLATE_NOOP("SettingNames", "Hebrew")},
            {QStringLiteral("ISO_IR 166"), QT_TRANSLATE_NOOP("SettingNames", "Thai")},
            {QStringLiteral("GB18030"), QT_TRANSLATE_NOOP("SettingNames", "Chinese (GB18030)")},
            {QStringLiteral("GBK"), QT_TRANSLATE_NOOP("SettingNames", "Chinese (GBK)")},
        };
        if (term.isEmpty())
            return tr("Automatic: plain text, else Unicode (UTF-8)");
        const char *name = names.value(term);
        return name ? tr("%1 (%2)").arg(tr(name), term) : term;
    }
    static QString modality(const QString &code)
    {
        static const QHash<QString, const char *> names{
            {QStringLiteral("XC"), QT_TRANSLATE_NOOP("SettingNames", "Photograph (external camera)")},
            {QStringLiteral("OT"), QT_TRANSLATE_NOOP("SettingNames", "Other")},
            {QStringLiteral("DOC"), QT_TRANSLATE_NOOP("SettingNames", "Document")},
            {QStringLiteral("ES"), QT_TRANSLATE_NOOP("SettingNames", "Endoscopy")},
            {QStringLiteral("GM"), QT_TRANSLATE_NOOP("SettingNames", "Microscopy")},
            {QStringLiteral("SM"), QT_TRANSLATE_NOOP("SettingNames", "Slide microscopy")},
            {QStringLiteral("OP"), QT_TRANSLATE_NOOP("SettingNames", "Eye photograph")},
            {QStringLiteral("DG"), QT_TRANSLATE_NOOP("SettingNames", "Diaphanography")},
            {QStringLiteral("US"), QT_TRANSLATE_NOOP("SettingNames", "Ultrasound")},
            {QStringLiteral("ECG"), QT_TRANSLATE_NOOP("SettingNames", "ECG")},
            {QStringLiteral("IO"), QT_TRANSLATE_NOOP("SettingNames", "Intra-oral X-ray")},
            {QStringLiteral("PX"), QT_TRANSLATE_NOOP("SettingNames", "Panoramic X-ray")},
            {QStringLiteral("CT"), QT_TRANSLATE_NOOP("SettingNames", "CT")},
            {QStringLiteral("MR"), QT_TRANSLATE_NOOP("SettingNames", "MR")},
            {QStringLiteral("CR"), QT_TRANSLATE_NOOP("SettingNames", "X-ray (CR)")},
            {QStringLiteral("DX"), QT_TRANSLATE_NOOP("SettingNames", "X-ray (DX)")},
        };
        const char *name = names.value(code.trimmed().toUpper());
        return name ? tr("%1 — %2").arg(code.trimmed().toUpper(), tr(name)) : code;
    }
    static QString of(ImageSopClass c)
    {
        return c == ImageSopClass::VlPhotographic ? tr("Clinical photograph (VL Photographic Image)")
                                                  : tr("Scan or screenshot (Secondary Capture Image)");
    }
    static QString of(VideoSopClass c)
    {
        switch (c) {
        case VideoSopClass::Endoscopic: return tr("Endoscopy video (Video Endoscopic Image)");
        case VideoSopClass::Microscopic: return tr("Microscopy video (Video Microscopic Image)");
        case VideoSopClass::Photographic: break;
        }
        return tr("Camera video (Video Photographic Image)");
    }
    static QString of(VideoFormat f)
    {
        switch (f) {
        case VideoFormat::Mpeg2MainLevel: return tr("MPEG-2, standard definition (for older PACS)");
        case VideoFormat::Mpeg2HighLevel: return tr("MPEG-2, high definition");
        case VideoFormat::H264HighLevel41: return tr("H.264 up to Full HD (every video made this)");
        case VideoFormat::H264BluRay: return tr("H.264 in Blu-ray sizes");
        case VideoFormat::Auto: break;
        }
        return tr("Automatic: keep what DICOM takes as it is, else H.264");
    }
    static QString of(TlsSettings::PeerCheck c)
    {
        switch (c) {
        case TlsSettings::PeerCheck::SkipHostName: return tr("Trusted certificate, any host name (exception)");
        case TlsSettings::PeerCheck::None: return tr("Any certificate: encrypted but not checked (exception)");
        case TlsSettings::PeerCheck::Full: break;
        }
        return tr("Trusted certificate issued to this host (recommended)");
    }
    static QString profile(const QString &p)
    {
        if (p == QLatin1String("BCP195"))
            return tr("BCP 195 (TLS 1.2 or later)");
        if (p == QLatin1String("BCP195-Extended"))
            return tr("BCP 195 extended (strongest ciphers only)");
        if (p == QLatin1String("BCP195-ND"))
            return tr("BCP 195, non-downgrading (recommended)");
        return p;
    }
    static QString of(DicomWebSettings::Auth a)
    {
        switch (a) {
        case DicomWebSettings::Auth::Basic: return tr("User name and password");
        case DicomWebSettings::Auth::Bearer: return tr("Access token (Bearer)");
        case DicomWebSettings::Auth::None: break;
        }
        return tr("No login");
    }
    static QString of(HotFolder::AfterSend a)
    {
        switch (a) {
        case HotFolder::AfterSend::Delete: return tr("Delete the file");
        case HotFolder::AfterSend::MoveToDone: return tr("Move it to another folder");
        case HotFolder::AfterSend::Leave: break;
        }
        return tr("Leave it where it is");
    }
    static QString of(QueryRoot r) { return r == QueryRoot::Patient ? tr("Patient Root") : tr("Study Root"); }
    static QString of(QueryLevel l) { return l == QueryLevel::Patient ? tr("Patients") : tr("Studies"); }
};

} // namespace

QString imageSopClassTitle(ImageSopClass sopClass) { return Names::of(sopClass); }
QString videoSopClassTitle(VideoSopClass sopClass) { return Names::of(sopClass); }
QString videoFormatTitle(VideoFormat format) { return Names::of(format); }
QString characterSetTitle(const QString &term) { return Names::charset(term); }
QString peerCheckTitle(TlsSettings::PeerCheck check) { return Names::of(check); }
QString tlsProfileTitle(const QString &profile) { return Names::profile(profile); }
QString webAuthTitle(DicomWebSettings::Auth auth) { return Names::of(auth); }
QString afterSendTitle(HotFolder::AfterSend action) { return Names::of(action); }
QString queryRootTitle(QueryRoot root) { return Names::of(root); }
QString queryLevelTitle(QueryLevel level) { return Names::of(level); }
QString modalityTitle(const QString &code) { return Names::modality(code); }

void addCharacterSets(QComboBox &combo, const QString &automaticText)
{
    combo.addItem(automaticText.isEmpty() ? characterSetTitle(QString()) : automaticText, QString());
    for (const QString &term : writableCharacterSets())
        combo.addItem(characterSetTitle(term), term);
}

void selectData(QComboBox &combo, const QVariant &value)
{
    int index = combo.findData(value);
    if (index < 0) {
        combo.addItem(value.toString(), value);
        index = combo.count() - 1;
    }
    combo.setCurrentIndex(index);
}

} // namespace pacsdrop
