#include "MainPage.h"

#include "RecordTable.h"
#include "SettingNames.h"
#include "text/PeopleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace pacsdrop {

namespace {

constexpr qint64 kMegabyte = 1000 * 1000;
// Attributes a site commonly puts its free text in.
const char *const kInfoKeywords[] = {"ImageComments", "BodyPartExamined", "SeriesDescription", "PatientComments", "AcquisitionDeviceProcessingDescription"};

QStringList sopClassTitles() { return {imageSopClassTitle(ImageSopClass::SecondaryCapture), imageSopClassTitle(ImageSopClass::VlPhotographic)}; }

QComboBox *combo(QWidget *parent, const QString &name, const QStringList &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItems(items);
    return c;
}

QLineEdit *edit(QWidget *parent, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

} // namespace

MainPage::MainPage(QWidget *parent)
    : SettingsPage(parent), m_institution(edit(this, QStringLiteral("institutionName"))), m_station(edit(this, QStringLiteral("stationName"))),
      m_localAe(edit(this, QStringLiteral("localAeTitle"))), m_modalities(edit(this, QStringLiteral("modalities"))),
      m_additionalInfo(combo(this, QStringLiteral("additionalInfoKeyword"), {})),
      m_language(combo(this, QStringLiteral("language"), {tr("As the system"), QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Lietuvių")})),
      m_defaultSopClass(combo(this, QStringLiteral("defaultSopClass"), sopClassTitles())),
      m_videoSopClass(combo(this, QStringLiteral("videoSopClass"), {videoSopClassTitle(VideoSopClass::Photographic), videoSopClassTitle(VideoSopClass::Endoscopic),
                                                                    videoSopClassTitle(VideoSopClass::Microscopic)})),
      m_videoFormat(combo(this, QStringLiteral("videoFormat"), {videoFormatTitle(VideoFormat::Auto), videoFormatTitle(VideoFormat::Mpeg2MainLevel),
                                                                videoFormatTitle(VideoFormat::Mpeg2HighLevel), videoFormatTitle(VideoFormat::H264HighLevel41),
                                                                videoFormatTitle(VideoFormat::H264BluRay)})),
      m_charset(combo(this, QStringLiteral("characterSet"), {})),
      m_removeSent(new QCheckBox(tr("Remove sent files from the list"), this)),
      m_worklistOnly(new QCheckBox(tr("Photos, scans, PDFs and videos get their patient only from the worklist"), this)),
      m_pageImages(new QCheckBox(tr("Also store PDF pages as images"), this)),
      m_keepConverted(new QCheckBox(tr("Keep converted files after sending (otherwise removed once delivered)"), this)),
      m_jpegQuality(new QSpinBox(this)),
      m_maxPixels(edit(this, QStringLiteral("maxPixels"))), m_maxPages(edit(this, QStringLiteral("maxPages"))),
      m_maxFrames(edit(this, QStringLiteral("maxVideoFrames"))), m_maxMegabytes(edit(this, QStringLiteral("maxFileMegabytes"))),
      m_byExtension(new RecordTable({{tr("File name ending")}, {tr("Becomes"), RecordTable::Column::Type::Choice, sopClassTitles()}}, this))
{
    addCharacterSets(*m_charset);
    m_additionalInfo->setEditable(true); // any DICOM keyword; the common ones offered by name
    for (const char *keyword : kInfoKeywords)
        m_additionalInfo->addItem(QStringLiteral("%1 (%2)").arg(keywordForPeople(QString::fromLatin1(keyword)), QString::fromLatin1(keyword)),
                                  QString::fromLatin1(keyword));
    setObjectName(QStringLiteral("mainPage"));
    m_removeSent->setObjectName(QStringLiteral("removeSentFromList"));
    m_worklistOnly->setObjectName(QStringLiteral("worklistOnlyForNonDicom"));
    m_pageImages->setObjectName(QStringLiteral("pdfPageImages"));
    m_keepConverted->setObjectName(QStringLiteral("keepConvertedFiles"));
    m_jpegQuality->setObjectName(QStringLiteral("jpegQuality"));
    m_jpegQuality->setRange(0, 100);
    m_jpegQuality->setSpecialValueText(tr("lossless"));
    m_byExtension->setObjectName(QStringLiteral("sopClassByExtension"));
    m_modalities->setPlaceholderText(tr("e.g. XC, OT, ES, DOC"));
    m_modalities->setToolTip(tr("Modality codes offered in the patient dialog, the first one preselected: XC photographs, ES endoscopy, "
                                "DOC documents, OT other."));
    m_jpegQuality->setSuffix(tr(" %"));
    m_byExtension->setMinimumHeight(fontMetrics().height() * 7);
    // Grouped as people look for them: who we are, the window, what files become, the limits.
    auto group = [this](const QString &title) {
        auto *box = new QGroupBox(title, this);
        return std::pair{box, new QFormLayout(box)};
    };
    auto [station, s] = group(tr("This workstation"));
    s->addRow(tr("Institution name"), m_institution);
    s->addRow(tr("Station name"), m_station);
    s->addRow(tr("Local AE title"), m_localAe);
    auto [window, w] = group(tr("Window"));
    w->addRow(tr("Language"), m_language);
    w->addRow(tr("Modalities offered"), m_modalities);
    w->addRow(tr("Free-text field stored as"), m_additionalInfo);
    w->addRow(QString(), m_removeSent);
    w->addRow(QString(), m_worklistOnly);
    auto [files, f] = group(tr("Photos, scans and PDFs"));
    f->addRow(tr("Images become"), m_defaultSopClass);
    f->addRow(tr("…except files ending in"), m_byExtension);
    f->addRow(tr("JPEG quality for lossless inputs"), m_jpegQuality);
    f->addRow(QString(), m_pageImages);
    f->addRow(tr("Character set written"), m_charset);
    f->addRow(QString(), m_keepConverted);
    auto [videos, v] = group(tr("Videos"));
    v->addRow(tr("Videos become"), m_videoSopClass);
    v->addRow(tr("Video format"), m_videoFormat);
    auto [limits, l] = group(tr("Limits (larger files are refused)"));
    l->addRow(tr("Largest picture (pixels)"), m_maxPixels);
    l->addRow(tr("Most pages"), m_maxPages);
    l->addRow(tr("Most video frames"), m_maxFrames);
    l->addRow(tr("Largest file (MB)"), m_maxMegabytes);
    auto *layout = new QVBoxLayout(this);
    for (QGroupBox *box : {station, window, files, videos, limits})
        layout->addWidget(box);
    layout->addStretch();
}

void MainPage::load(const Settings &settings)
{
    const SiteSettings &site = settings.site();
    const ConversionSettings &c = settings.conversion();
    m_institution->setText(site.institutionName);
    m_station->setText(site.stationName);
    m_localAe->setText(settings.localAeTitle());
    m_modalities->setText(site.modalities.join(QStringLiteral(", ")));
    selectData(*m_additionalInfo, site.additionalInfoKeyword);
    m_language->setCurrentIndex(std::max(0, int(QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("lt")}.indexOf(site.language))));
    m_removeSent->setChecked(site.removeSentFromList);
    m_worklistOnly->setChecked(site.worklistOnlyForNonDicom);
    m_keepConverted->setChecked(site.keepConvertedFiles);
    m_defaultSopClass->setCurrentIndex(static_cast<int>(c.defaultSopClass));
    QList<QVariantList> rows;
    for (auto it = c.sopClassByExtension.cbegin(); it != c.sopClassByExtension.cend(); ++it)
        rows << QVariantList{it.key(), sopClassTitles().at(static_cast<int>(it.value()))};
    m_byExtension->setRows(rows);
    m_jpegQuality->setValue(c.jpegQualityForLosslessInputs);
    m_pageImages->setChecked(c.pdfPageImages);
    m_videoSopClass->setCurrentIndex(static_cast<int>(c.videoSopClass));
    m_videoFormat->setCurrentIndex(static_cast<int>(c.videoFormat));
    selectData(*m_charset, c.characterSet);
    m_maxPixels->setText(QString::number(c.limits.maxPixels));
    m_maxPages->setText(QString::number(c.limits.maxPages));
    m_maxFrames->setText(QString::number(c.limits.maxFrames));
    m_maxMegabytes->setText(QString::number(c.limits.maxFileBytes / kMegabyte));
}

QString MainPage::apply(Settings &settings) const
{
    SiteSettings site = settings.site();
    site.institutionName = m_institution->text().trimmed();
    site.stationName = m_station->text().trimmed();
    site.modalities.clear();
    for (const QString &m : m_modalities->text().split(u',', Qt::SkipEmptyParts))
        site.modalities << m.trimmed();
    // A keyword chosen from the list, or typed as it is.
    const int info = m_additionalInfo->currentIndex();
    site.additionalInfoKeyword = info >= 0 && m_additionalInfo->currentText() == m_additionalInfo->itemText(info)
                                     ? m_additionalInfo->itemData(info).toString() : m_additionalInfo->currentText().trimmed();
    site.language = QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("lt")}.value(m_language->currentIndex());
    site.removeSentFromList = m_removeSent->isChecked();
    site.worklistOnlyForNonDicom = m_worklistOnly->isChecked();
    site.keepConvertedFiles = m_keepConverted->isChecked();
    if (const QString p = site.validate(tr("Main")); !p.isEmpty())
        return p;
    if (const QString p = aeTitleProblem(m_localAe->text()); !p.isEmpty())
        return tr("Local AE title: %1").arg(p);

    ConversionSettings c = settings.conversion();
    c.defaultSopClass = static_cast<ImageSopClass>(m_defaultSopClass->currentIndex());
    c.sopClassByExtension.clear();
    for (const QVariantList &r : m_byExtension->rows())
        c.sopClassByExtension.insert(r.value(0).toString().toLower().remove(u'.'), static_cast<ImageSopClass>(std::max<qsizetype>(0, sopClassTitles().indexOf(r.value(1).toString()))));
    c.jpegQualityForLosslessInputs = m_jpegQuality->value();
    c.pdfPageImages = m_pageImages->isChecked();
    c.videoSopClass = static_cast<VideoSopClass>(m_videoSopClass->currentIndex());
    c.videoFormat = static_cast<VideoFormat>(m_videoFormat->currentIndex());
    c.characterSet = m_charset->currentData().toString();
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const qint64 pixels = m_maxPixels->text().toLongLong(&ok1);
    const int pages = m_maxPages->text().toInt(&ok2);
    const qint64 frames = m_maxFrames->text().toLongLong(&ok3);
    const qint64 megabytes = m_maxMegabytes->text().toLongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || pixels < 1 || pages < 1 || frames < 1 || megabytes < 1
        || megabytes > ConversionLimits{}.maxFileBytes / kMegabyte)
        return tr("Limits: whole positive numbers; the largest file at most %1 MB").arg(ConversionLimits{}.maxFileBytes / kMegabyte);
    c.limits.maxPixels = pixels;
    c.limits.maxPages = pages;
    c.limits.maxFrames = frames;
    // Unchanged keeps the exact default (just under 4 GiB); a new figure is whole megabytes.
    if (megabytes != settings.conversion().limits.maxFileBytes / kMegabyte)
        c.limits.maxFileBytes = megabytes * kMegabyte;
    if (const QString p = c.validate(tr("Main")); !p.isEmpty())
        return p;
    settings.setLocalAeTitle(m_localAe->text().trimmed());
    settings.setSite(site);
    settings.setConversion(c);
    return {};
}

} // namespace pacsdrop
