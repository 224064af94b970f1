#pragma once
// Names people read for the settings' enumerated values — "Clinical photograph (VL Photographic)"
// rather than "VLPhotographic", "Western European (Latin-1)" rather than "ISO_IR 100" — and for
// modality codes. The stored values stay as they are; every combo box shows these.

#include "settings/ConversionSettings.h"
#include "settings/DicomWebSettings.h"
#include "settings/HotFolder.h"
#include "settings/LookupDevice.h"
#include "settings/TlsSettings.h"

#include <QString>

class QComboBox;

namespace pacsdrop {

QString imageSopClassTitle(ImageSopClass sopClass);
QString videoSopClassTitle(VideoSopClass sopClass);
QString videoFormatTitle(VideoFormat format);
// "" -> "Automatic: plain text, else Unicode (UTF-8)"; "ISO_IR 100" -> "Western European, Latin-1 (ISO_IR 100)".
QString characterSetTitle(const QString &term);
QString peerCheckTitle(TlsSettings::PeerCheck check);
QString tlsProfileTitle(const QString &profile);
QString webAuthTitle(DicomWebSettings::Auth auth);
QString afterSendTitle(HotFolder::AfterSend action);
QString queryRootTitle(QueryRoot root);
QString queryLevelTitle(QueryLevel level);
// "XC" -> "XC — Photograph (external camera)"; an unknown code as it is.
QString modalityTitle(const QString &code);

// Fills a combo box with every character set PacsDrop writes, the automatic choice first; the
// item data is the stored term.
void addCharacterSets(QComboBox &combo, const QString &automaticText = {});
// Selects the item whose data is value (adds it when unknown, so nothing is lost).
void selectData(QComboBox &combo, const QVariant &value);

} // namespace pacsdrop
