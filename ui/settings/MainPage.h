#pragma once
// Settings → Main: who this workstation is (institution, station, AE title), what non-DICOM
// files become (modalities, SOP class per file extension, video format, JPEG for lossless inputs,
// PDF page images, character set, limits), the additional-info attribute, and window behaviour.

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pacsdrop {

class RecordTable;

class MainPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit MainPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Main"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;

private:
    QLineEdit *m_institution, *m_station, *m_localAe, *m_modalities;
    QComboBox *m_additionalInfo, *m_language, *m_defaultSopClass, *m_videoSopClass, *m_videoFormat, *m_charset;
    QCheckBox *m_removeSent, *m_worklistOnly, *m_pageImages, *m_keepConverted;
    QSpinBox *m_jpegQuality;
    QLineEdit *m_maxPixels, *m_maxPages, *m_maxFrames, *m_maxMegabytes;
    RecordTable *m_byExtension;
};

} // namespace pacsdrop
