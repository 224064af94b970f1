<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EchoRunner</name>
    <message>
        <source>&apos;%1&apos; answered in %2 ms.</source>
        <translation>„%1“ hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not answer: %2</source>
        <translation>„%1“ hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>EntryStatus</name>
    <message>
        <source>The PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation>Das PACS „%1“ hat bestätigt, dass es sie aufbewahrt.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Wartet, bis sie an der Reihe ist.</translation>
    </message>
    <message>
        <source>Waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation>Die Bestätigung des PACS „%1“, dass es sie aufbewahrt, steht noch aus.</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent and confirmed</source>
        <translation>Gesendet und bestätigt</translation>
    </message>
    <message>
        <source>Sent with a warning</source>
        <translation>Mit Warnung gesendet</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation>Kann nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation>Dies ist weder DICOM noch ein Foto, Scan, PDF oder Video, das PacsDrop konvertieren kann.</translation>
    </message>
    <message>
        <source>PacsDrop cannot read files: part of it is missing. Reinstall PacsDrop.</source>
        <translation>PacsDrop kann keine Dateien lesen: ein Teil des Programms fehlt. Installieren Sie PacsDrop neu.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>too long: at most %1 characters (now %2)</source>
        <translation>zu lang: höchstens %1 Zeichen (jetzt %2)</translation>
    </message>
    <message>
        <source>too long: at most 64 characters for the whole name</source>
        <translation>zu lang: höchstens 64 Zeichen für den ganzen Namen</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <source>is after the study date</source>
        <translation>liegt nach dem Studiendatum</translation>
    </message>
    <message>
        <source>must not contain \ or =</source>
        <translation>darf weder \ noch = enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>only capital letters, digits, space and _</source>
        <translation>nur Großbuchstaben, Ziffern, Leerzeichen und _</translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation>liegt vor 1900</translation>
    </message>
    <message>
        <source>required: the patient&apos;s ID in the hospital</source>
        <translation>erforderlich: die Patienten-ID im Krankenhaus</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>divers</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>Your files are safe and will be sent when it is back.</source>
        <translation>Ihre Dateien sind sicher und werden gesendet, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Your files are safe; press Retry when it is back.</source>
        <translation>Ihre Dateien sind sicher; klicken Sie auf „Wiederholen“, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; cannot be reached.</source>
        <translation>Das PACS „%1“ ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not answer in time.</source>
        <translation>Das PACS „%1“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Your files are safe and will be sent again.</source>
        <translation>Ihre Dateien sind sicher und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Your files are safe; press Retry to send them again.</source>
        <translation>Ihre Dateien sind sicher; klicken Sie auf „Wiederholen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>The connection to the PACS &apos;%1&apos; broke off.</source>
        <translation>Die Verbindung zum PACS „%1“ wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept connections from PacsDrop.</source>
        <translation>Das PACS „%1“ nimmt keine Verbindungen von PacsDrop an.</translation>
    </message>
    <message>
        <source>Your files are safe. Ask IT to check the device settings (AE titles).</source>
        <translation>Ihre Dateien sind sicher. Bitten Sie die IT, die Geräteeinstellungen (AE-Titel) zu prüfen.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept this kind of file.</source>
        <translation>Das PACS „%1“ nimmt diese Art von Datei nicht an.</translation>
    </message>
    <message>
        <source>Ask IT whether it can be stored there or sent elsewhere.</source>
        <translation>Fragen Sie die IT, ob sie dort gespeichert oder an ein anderes Ziel gesendet werden kann.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; refused to store this file.</source>
        <translation>Das PACS „%1“ hat das Speichern dieser Datei abgelehnt.</translation>
    </message>
    <message>
        <source>Ask IT; the details say why.</source>
        <translation>Fragen Sie die IT; die Details nennen den Grund.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be sent.</source>
        <translation>Diese Datei ist beschädigt und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Send a good copy of it instead.</source>
        <translation>Senden Sie stattdessen eine unbeschädigte Kopie davon.</translation>
    </message>
    <message>
        <source>This file is gone or cannot be read.</source>
        <translation>Diese Datei ist nicht mehr vorhanden oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the disk or stick is still there.</source>
        <translation>Prüfen Sie, ob das Laufwerk oder der USB-Stick noch angeschlossen ist.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; is not set up correctly.</source>
        <translation>Das PACS „%1“ ist nicht richtig eingerichtet.</translation>
    </message>
    <message>
        <source>Ask IT to check Settings → Devices.</source>
        <translation>Bitten Sie die IT, Einstellungen → Geräte zu prüfen.</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>Das Senden wurde angehalten.</translation>
    </message>
    <message>
        <source>The file is kept and sent next time.</source>
        <translation>Die Datei wird aufbewahrt und beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <source>This file could not be sent to &apos;%1&apos;.</source>
        <translation>Diese Datei konnte nicht an „%1“ gesendet werden.</translation>
    </message>
    <message>
        <source>It is kept; the details say why.</source>
        <translation>Sie wird aufbewahrt; die Details nennen den Grund.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; accepted this file but does not have it now.</source>
        <translation>Das PACS „%1“ hat diese Datei angenommen, aber sie ist dort jetzt nicht vorhanden.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not confirm that it keeps this file.</source>
        <translation>Das PACS „%1“ hat nicht bestätigt, dass es diese Datei aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PreviewKinds</name>
    <message>
        <source>DICOM file that cannot be read</source>
        <translation>DICOM-Datei, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Kein Bild: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 frames</source>
        <translation>%1 × %2 Pixel, %3 Bilder</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>PDF that cannot be opened (damaged or password-protected)</source>
        <translation>PDF, das nicht geöffnet werden kann (beschädigt oder passwortgeschützt)</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Diese Seite kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Not a file PacsDrop can send or convert</source>
        <translation>Keine Datei, die PacsDrop senden oder konvertieren kann</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No frame of this video can be decoded here</source>
        <translation>Von diesem Video kann hier kein Bild dekodiert werden</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4 frames/s, %5</source>
        <translation>%1, %2 × %3, %4 Bilder/s, %5</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation>Dies ist weder DICOM noch ein Foto, Scan, PDF oder Video, das PacsDrop konvertieren kann.</translation>
    </message>
    <message>
        <source>PacsDrop could not turn this file into DICOM; the details say why.</source>
        <translation>PacsDrop konnte diese Datei nicht in DICOM umwandeln; die Details nennen den Grund.</translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) were sent to &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Datei wurde an „%1“ gesendet.</numerusform>
            <numerusform>Alle %n Dateien wurden an „%1“ gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file did not reach &apos;%1&apos;.</source>
        <translation>Die Datei hat „%1“ nicht erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files reached &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Datei hat „%1“ nicht erreicht.</numerusform>
            <numerusform>Keine der %n Dateien hat „%1“ erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the sending; the files not sent yet are kept and sent next time.</source>
        <translation>Sie haben das Senden angehalten; die noch nicht gesendeten Dateien werden aufbewahrt und beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nächster Versuch: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n files reached &apos;%2&apos;.</source>
        <translation>
            <numerusform>„%2“ hat nur %1 von %n Datei erhalten.</numerusform>
            <numerusform>„%2“ hat nur %1 von %n Dateien erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingNames</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Western European, Latin-1</source>
        <translation>Westeuropäisch, Latin-1</translation>
    </message>
    <message>
        <source>Central European, Latin-2</source>
        <translation>Mitteleuropäisch, Latin-2</translation>
    </message>
    <message>
        <source>South European, Latin-3</source>
        <translation>Südeuropäisch, Latin-3</translation>
    </message>
    <message>
        <source>Baltic, Latin-4</source>
        <translation>Baltisch, Latin-4</translation>
    </message>
    <message>
        <source>Turkish, Latin-5</source>
        <translation>Türkisch, Latin-5</translation>
    </message>
    <message>
        <source>Western European with €, Latin-9</source>
        <translation>Westeuropäisch mit €, Latin-9</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>Chinesisch (GB18030)</translation>
    </message>
    <message>
        <source>Chinese (GBK)</source>
        <translation>Chinesisch (GBK)</translation>
    </message>
    <message>
        <source>Automatic: plain text, else Unicode (UTF-8)</source>
        <translation>Automatisch: reiner Text, sonst Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Photograph (external camera)</source>
        <translation>Foto (externe Kamera)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation>Endoskopie</translation>
    </message>
    <message>
        <source>Microscopy</source>
        <translation>Mikroskopie</translation>
    </message>
    <message>
        <source>Slide microscopy</source>
        <translation>Objektträger-Mikroskopie</translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation>Augenfoto</translation>
    </message>
    <message>
        <source>Diaphanography</source>
        <translation>Diaphanographie</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraschall</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>EKG</translation>
    </message>
    <message>
        <source>Intra-oral X-ray</source>
        <translation>Intraorales Röntgen</translation>
    </message>
    <message>
        <source>Panoramic X-ray</source>
        <translation>Panorama-Röntgen</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MRT</translation>
    </message>
    <message>
        <source>X-ray (CR)</source>
        <translation>Röntgen (CR)</translation>
    </message>
    <message>
        <source>X-ray (DX)</source>
        <translation>Röntgen (DX)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clinical photograph (VL Photographic Image)</source>
        <translation>Klinisches Foto (VL Photographic Image)</translation>
    </message>
    <message>
        <source>Scan or screenshot (Secondary Capture Image)</source>
        <translation>Scan oder Bildschirmfoto (Secondary Capture Image)</translation>
    </message>
    <message>
        <source>Endoscopy video (Video Endoscopic Image)</source>
        <translation>Endoskopie-Video (Video Endoscopic Image)</translation>
    </message>
    <message>
        <source>Microscopy video (Video Microscopic Image)</source>
        <translation>Mikroskopie-Video (Video Microscopic Image)</translation>
    </message>
    <message>
        <source>Camera video (Video Photographic Image)</source>
        <translation>Kameravideo (Video Photographic Image)</translation>
    </message>
    <message>
        <source>MPEG-2, standard definition (for older PACS)</source>
        <translation>MPEG-2, Standardauflösung (für ältere PACS)</translation>
    </message>
    <message>
        <source>MPEG-2, high definition</source>
        <translation>MPEG-2, HD-Auflösung</translation>
    </message>
    <message>
        <source>H.264 up to Full HD (every video made this)</source>
        <translation>H.264 bis Full HD (für jedes Video möglich)</translation>
    </message>
    <message>
        <source>H.264 in Blu-ray sizes</source>
        <translation>H.264 in Blu-ray-Größen</translation>
    </message>
    <message>
        <source>Automatic: keep what DICOM takes as it is, else H.264</source>
        <translation>Automatisch: unverändert lassen, was DICOM so annimmt, sonst H.264</translation>
    </message>
    <message>
        <source>Trusted certificate, any host name (exception)</source>
        <translation>Vertrauenswürdiges Zertifikat, beliebiger Hostname (Ausnahme)</translation>
    </message>
    <message>
        <source>Any certificate: encrypted but not checked (exception)</source>
        <translation>Beliebiges Zertifikat: verschlüsselt, aber nicht geprüft (Ausnahme)</translation>
    </message>
    <message>
        <source>Trusted certificate issued to this host (recommended)</source>
        <translation>Vertrauenswürdiges Zertifikat, für diesen Host ausgestellt (empfohlen)</translation>
    </message>
    <message>
        <source>BCP 195 (TLS 1.2 or later)</source>
        <translation>BCP 195 (TLS 1.2 oder neuer)</translation>
    </message>
    <message>
        <source>BCP 195 extended (strongest ciphers only)</source>
        <translation>BCP 195 erweitert (nur die stärksten Verschlüsselungsverfahren)</translation>
    </message>
    <message>
        <source>BCP 195, non-downgrading (recommended)</source>
        <translation>BCP 195, ohne Herabstufung (empfohlen)</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access token (Bearer)</source>
        <translation>Zugriffstoken (Bearer)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Move it to another folder</source>
        <translation>In einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <source>Leave it where it is</source>
        <translation>Dort lassen, wo sie ist</translation>
    </message>
    <message>
        <source>Patient Root</source>
        <translation>Patient Root</translation>
    </message>
    <message>
        <source>Study Root</source>
        <translation>Study Root</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
</context>
<context>
    <name>pacsdrop::AboutDialog</name>
    <message>
        <source>About PacsDrop</source>
        <translation>Über PacsDrop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PacsDrop %1&lt;/h2&gt;&lt;p&gt;Gets clinical files into a PACS.&lt;br&gt;Built %2 with Qt %3 on %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PacsDrop %1&lt;/h2&gt;&lt;p&gt;Bringt klinische Dateien in ein PACS.&lt;br&gt;Erstellt am %2 mit Qt %3 unter %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where things are&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Wo was gespeichert ist&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Converted files</source>
        <translation>Konvertierte Dateien</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built on&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Verwendete Bibliotheken&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ConnectionCheck</name>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation>Verbindung zu „%1“ wird geprüft …</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateField</name>
    <message>
        <source>Type the date as %1, or pick it from the calendar.</source>
        <translation>Geben Sie das Datum als %1 ein oder wählen Sie es im Kalender aus.</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
    <message>
        <source>not a date; write it as %1</source>
        <translation>kein gültiges Datum; schreiben Sie es als %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateRangeField</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen …</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DeviceForm</name>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation>z. B. Radiologie-PACS</translation>
    </message>
    <message>
        <source>from the PACS&apos;s IT, e.g. RADPACS</source>
        <translation>von der IT des PACS, z. B. RADPACS</translation>
    </message>
    <message>
        <source>name or address, e.g. pacs.hospital.local</source>
        <translation>Name oder Adresse, z. B. pacs.hospital.local</translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation>%1 (AE-Titel dieses Arbeitsplatzes)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> kB/s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Preselect it in the window</source>
        <translation>Im Fenster vorauswählen</translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS</source>
        <translation>Verbindung mit TLS verschlüsseln</translation>
    </message>
    <message>
        <source>Decompress a file the PACS does not take compressed</source>
        <translation>Datei dekomprimieren, wenn das PACS sie komprimiert nicht annimmt</translation>
    </message>
    <message>
        <source>Ask the PACS to confirm it keeps every file (Storage Commitment)</source>
        <translation>Das PACS bestätigen lassen, dass es jede Datei aufbewahrt (Storage Commitment)</translation>
    </message>
    <message>
        <source>Send again what the PACS does not confirm</source>
        <translation>Erneut senden, was das PACS nicht bestätigt</translation>
    </message>
    <message>
        <source>Check afterwards that the PACS has every file (query)</source>
        <translation>Danach prüfen, ob das PACS jede Datei hat (Abfrage)</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate</source>
        <translation>Zertifikat dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Its private key</source>
        <translation>Zugehöriger privater Schlüssel</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>DICOM address</source>
        <translation>DICOM-Adresse</translation>
    </message>
    <message>
        <source>DICOMweb</source>
        <translation>DICOMweb</translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation>Sicherheit (TLS)</translation>
    </message>
    <message>
        <source>New PACS device</source>
        <translation>Neues PACS-Gerät</translation>
    </message>
    <message>
        <source>PACS device &apos;%1&apos;</source>
        <translation>PACS-Gerät „%1“</translation>
    </message>
    <message>
        <source>DICOM (C-STORE)</source>
        <translation>DICOM (C-STORE)</translation>
    </message>
    <message>
        <source>DICOMweb (STOW-RS over HTTP)</source>
        <translation>DICOMweb (STOW-RS über HTTP)</translation>
    </message>
    <message>
        <source>As set in Main (automatic unless chosen there)</source>
        <translation>Wie unter „Allgemein“ eingestellt (automatisch, sofern dort nichts gewählt ist)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sends with</source>
        <translation>Sendet über</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation>PacsDrop meldet sich als</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>Files per request</source>
        <translation>Dateien pro Anfrage</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Check the PACS&apos;s certificate</source>
        <translation>Zertifikat des PACS prüfen</translation>
    </message>
    <message>
        <source>TLS profile</source>
        <translation>TLS-Profil</translation>
    </message>
    <message>
        <source>Delivery policy</source>
        <translation>Zustellregeln</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>Gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>Attempts (service and watched folders)</source>
        <translation>Versuche (Dienst und überwachte Ordner)</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Erster neuer Versuch nach</translation>
    </message>
    <message>
        <source>Retries at most every</source>
        <translation>Neue Versuche spätestens alle</translation>
    </message>
    <message>
        <source>Pause between files</source>
        <translation>Pause zwischen Dateien</translation>
    </message>
    <message>
        <source>Speed limit per connection (0: none)</source>
        <translation>Geschwindigkeitsbegrenzung pro Verbindung (0: keine)</translation>
    </message>
    <message>
        <source>Character set of converted files</source>
        <translation>Zeichensatz konvertierter Dateien</translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation>Auf die Verbindung warten</translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation>Auf die Assoziation warten</translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation>Auf jede Antwort warten</translation>
    </message>
    <message>
        <source>Largest message received (PDU)</source>
        <translation>Größte empfangene Nachricht (PDU)</translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation>Speichernachweis</translation>
    </message>
    <message>
        <source>Wait for the confirmation</source>
        <translation>Auf die Bestätigung warten</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>set (stored sealed); type to replace</source>
        <translation>festgelegt (verschlüsselt gespeichert); zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>none (the key is not encrypted)</source>
        <translation>keine (der Schlüssel ist nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>required: the DICOMweb address, e.g. https://pacs.example/dicom-web</source>
        <translation>erforderlich: die DICOMweb-Adresse, z. B. https://pacs.example/dicom-web</translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation>ein anderes Gerät heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation>Beheben Sie zuerst die angezeigten Probleme.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DevicesPage</name>
    <message>
        <source>Where files are sent. The default device is preselected in the window.</source>
        <translation>Wohin Dateien gesendet werden. Das Standardgerät ist im Fenster vorausgewählt.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Encrypted (HTTPS)</source>
        <translation>Verschlüsselt (HTTPS)</translation>
    </message>
    <message>
        <source>Not encrypted (HTTP)</source>
        <translation>Unverschlüsselt (HTTP)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <source>Encrypted (TLS), certificate check relaxed</source>
        <translation>Verschlüsselt (TLS), Zertifikatsprüfung gelockert</translation>
    </message>
    <message>
        <source>Storage Commitment</source>
        <translation>Storage Commitment</translation>
    </message>
    <message>
        <source>checked by query</source>
        <translation>per Abfrage geprüft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation>Speichernachweis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the device &apos;%1&apos;? Files waiting for it stay in the outbox until it is added again.</source>
        <translation>Das Gerät „%1“ entfernen? Dateien, die darauf warten, bleiben im Ausgang, bis es wieder hinzugefügt wird.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>pacsdrop::EmptyState</name>
    <message>
        <source>Drop files or folders here</source>
        <translation>Dateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <source>Photos, scans, PDFs, videos and DICOM files — or a CD&apos;s DICOMDIR.</source>
        <translation>Fotos, Scans, PDFs, Videos und DICOM-Dateien — oder das DICOMDIR einer CD.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::FileListModel</name>
    <message>
        <source>DICOM</source>
        <translation>DICOM</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Patient %1 of %2 in this list</source>
        <translation>Patient %1 von %2 in dieser Liste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>PacsDrop asks for the patient when you send this file.</source>
        <translation>PacsDrop fragt nach dem Patienten, wenn Sie diese Datei senden.</translation>
    </message>
    <message>
        <source>Stored as: %1, patient ID %2</source>
        <translation>Gespeichert als: %1, Patienten-ID %2</translation>
    </message>
    <message>
        <source>Study date as stored: %1</source>
        <translation>Studiendatum wie gespeichert: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nächster Versuch: %1.</translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation>Für die IT: %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::HotFolderForm</name>
    <message>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
    <message>
        <source>Also watch its subfolders</source>
        <translation>Auch die Unterordner überwachen</translation>
    </message>
    <message>
        <source>Folder for sent files</source>
        <translation>Ordner für gesendete Dateien</translation>
    </message>
    <message>
        <source>New watched folder</source>
        <translation>Neuer überwachter Ordner</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>DICOM files only</source>
        <translation>Nur DICOM-Dateien</translation>
    </message>
    <message>
        <source>Also photos, scans, PDFs and videos, for this patient:</source>
        <translation>Auch Fotos, Scans, PDFs und Videos, für diesen Patienten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation>Patient und Studie</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Nach dem Senden</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>A file is complete when unchanged for</source>
        <translation>Eine Datei gilt als vollständig, wenn unverändert seit</translation>
    </message>
    <message>
        <source>Look for new files every</source>
        <translation>Nach neuen Dateien suchen alle</translation>
    </message>
    <message>
        <source>The PacsDrop service (pacsdrop serve) watches these folders.</source>
        <translation>Der PacsDrop-Dienst (pacsdrop serve) überwacht diese Ordner.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupDeviceForm</name>
    <message>
        <source>e.g. RIS worklist</source>
        <translation>z. B. RIS-Worklist</translation>
    </message>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation>z. B. Radiologie-PACS</translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation>%1 (AE-Titel dieses Arbeitsplatzes)</translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation>z. B. XC</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Worklist device</source>
        <translation>Worklist-Gerät</translation>
    </message>
    <message>
        <source>PACS to search</source>
        <translation>Zu durchsuchendes PACS</translation>
    </message>
    <message>
        <source>Plain text (ASCII) only</source>
        <translation>Nur reiner Text (ASCII)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>These dates (YYYYMMDD-YYYYMMDD):</source>
        <translation>Dieser Zeitraum (JJJJMMTT-JJJJMMTT):</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation>PacsDrop meldet sich als</translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation>Auf die Verbindung warten</translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation>Auf die Assoziation warten</translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation>Auf jede Antwort warten</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Character set when the answer names none</source>
        <translation>Zeichensatz, wenn die Antwort keinen angibt</translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation>Suche beginnt mit</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Scheduled station (AE title)</source>
        <translation>Geplante Station (AE-Titel)</translation>
    </message>
    <message>
        <source>Query model</source>
        <translation>Abfragemodell</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation>ein anderes Gerät heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation>Beheben Sie zuerst die angezeigten Probleme.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupResultsModel</name>
    <message>
        <source>Stored as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <source>Stored as: %1 %2</source>
        <translation>Gespeichert als: %1 %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Auftragsnr.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainPage</name>
    <message>
        <source>Remove sent files from the list</source>
        <translation>Gesendete Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Also store PDF pages as images</source>
        <translation>PDF-Seiten zusätzlich als Bilder speichern</translation>
    </message>
    <message>
        <source>Keep converted files after sending (otherwise removed once delivered)</source>
        <translation>Konvertierte Dateien nach dem Senden behalten (sonst nach Zustellung entfernt)</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>verlustfrei</translation>
    </message>
    <message>
        <source>e.g. XC, OT, ES, DOC</source>
        <translation>z. B. XC, OT, ES, DOC</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <source>Local AE title</source>
        <translation>Eigener AE-Titel</translation>
    </message>
    <message>
        <source>Modalities offered</source>
        <translation>Angebotene Modalitäten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Images become</source>
        <translation>Bilder werden zu</translation>
    </message>
    <message>
        <source>JPEG quality for lossless inputs</source>
        <translation>JPEG-Qualität für verlustfreie Eingaben</translation>
    </message>
    <message>
        <source>Videos become</source>
        <translation>Videos werden zu</translation>
    </message>
    <message>
        <source>Video format</source>
        <translation>Videoformat</translation>
    </message>
    <message>
        <source>Character set written</source>
        <translation>Geschriebener Zeichensatz</translation>
    </message>
    <message>
        <source>Largest picture (pixels)</source>
        <translation>Größtes Bild (Pixel)</translation>
    </message>
    <message>
        <source>Most pages</source>
        <translation>Höchstens Seiten</translation>
    </message>
    <message>
        <source>Most video frames</source>
        <translation>Höchstens Videobilder</translation>
    </message>
    <message>
        <source>Largest file (MB)</source>
        <translation>Größte Datei (MB)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Local AE title: %1</source>
        <translation>Eigener AE-Titel: %1</translation>
    </message>
    <message>
        <source>Limits: whole positive numbers; the largest file at most %1 MB</source>
        <translation>Grenzen: ganze positive Zahlen; die größte Datei höchstens %1 MB</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>File name ending</source>
        <translation>Dateiendung</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Modality codes offered in the patient dialog, the first one preselected: XC photographs, ES endoscopy, DOC documents, OT other.</source>
        <translation>Modalitätskürzel, die im Patientendialog angeboten werden; das erste ist vorausgewählt: XC Fotos, ES Endoskopie, DOC Dokumente, OT Sonstiges.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Free-text field stored as</source>
        <translation>Freitextfeld gespeichert als</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs</source>
        <translation>Fotos, Scans und PDFs</translation>
    </message>
    <message>
        <source>…except files ending in</source>
        <translation>… außer Dateien mit der Endung</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Limits (larger files are refused)</source>
        <translation>Grenzen (größere Dateien werden abgelehnt)</translation>
    </message>
    <message>
        <source>Photos, scans, PDFs and videos get their patient only from the worklist</source>
        <translation>Fotos, Scans, PDFs und Videos erhalten ihren Patienten nur aus der Worklist</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainWindow</name>
    <message>
        <source>PacsDrop</source>
        <translation>PacsDrop</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>Wohin die Dateien gehen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source> Send to: </source>
        <translation> Senden an: </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Unencrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Files are still being sent. Stop after the current file and close? The rest stays in the outbox and is sent next time.</source>
        <translation>Es werden noch Dateien gesendet. Nach der aktuellen Datei anhalten und schließen? Der Rest bleibt im Ausgang und wird beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <source>Open the outbox and history</source>
        <translation>Ausgang und Verlauf öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>Ausgang: nichts ausstehend</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Ausgang: %1</translation>
    </message>
    <message>
        <source>No PACS is set up yet: add one in Settings → Devices.</source>
        <translation>Noch kein PACS eingerichtet: Fügen Sie eines unter Einstellungen → Geräte hinzu.</translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation>Dateien werden gelesen …</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation>%1 noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>files of %1 different patients</source>
        <translation>Dateien von %1 verschiedenen Patienten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gesendet werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not sent yet.</source>
        <translation>
            <numerusform>%n Datei noch nicht gesendet.</numerusform>
            <numerusform>%n Dateien noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?</source>
        <translation>
            <numerusform>%n Datei wartet noch im Ausgang. Soll sie nach dem Schließen des Fensters im Hintergrund weiter gesendet werden, auch wenn das PACS erst später wieder erreichbar ist?</numerusform>
            <numerusform>%n Dateien warten noch im Ausgang. Sollen sie nach dem Schließen des Fensters im Hintergrund weiter gesendet werden, auch wenn das PACS erst später wieder erreichbar ist?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation>Ausgang und Verlauf …</translation>
    </message>
    <message>
        <source>About PacsDrop</source>
        <translation>Über PacsDrop</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Dunkles Erscheinungsbild</translation>
    </message>
    <message>
        <source>Fit columns to their content</source>
        <translation>Spaltenbreite an den Inhalt anpassen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed, %1 not sent yet.</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen, %1 noch nicht gesendet.</numerusform>
            <numerusform>%n Dateien fehlgeschlagen, %1 noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MonitorPage</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Nach dem Senden</translation>
    </message>
    <message>
        <source>Files that appear in these folders are sent by the PacsDrop service (pacsdrop serve) once they are complete.</source>
        <translation>Dateien, die in diesen Ordnern erscheinen, sendet der PacsDrop-Dienst (pacsdrop serve), sobald sie vollständig sind.</translation>
    </message>
    <message>
        <source>watched folder %1</source>
        <translation>überwachter Ordner %1</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>%1 nicht mehr überwachen?</translation>
    </message>
    <message>
        <source>DICOM files</source>
        <translation>DICOM-Dateien</translation>
    </message>
    <message>
        <source>DICOM and other files</source>
        <translation>DICOM- und andere Dateien</translation>
    </message>
</context>
<context>
    <name>pacsdrop::Notifier</name>
    <message>
        <source>Show PacsDrop</source>
        <translation>PacsDrop anzeigen</translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation>Ausgang und Verlauf …</translation>
    </message>
    <message>
        <source>PacsDrop</source>
        <translation>PacsDrop</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Dateien gesendet</translation>
    </message>
    <message>
        <source>Files not sent</source>
        <translation>Dateien nicht gesendet</translation>
    </message>
    <message>
        <source>PacsDrop — %1</source>
        <translation>PacsDrop — %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxHistoryModel</name>
    <message>
        <source>For IT: %1</source>
        <translation>Für die IT: %1</translation>
    </message>
    <message>
        <source>Recorded %1, last change %2</source>
        <translation>Erfasst: %1, letzte Änderung: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxView</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Outbox and history</source>
        <translation>Ausgang und Verlauf</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Seit gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Not sent (failed or waiting)</source>
        <translation>Nicht gesendet (fehlgeschlagen oder wartend)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Find a patient, file or PACS</source>
        <translation>Patient, Datei oder PACS suchen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Ausgang wird gelesen …</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; choose a shorter period for older ones.</source>
        <translation>Die neuesten %1 Einträge werden angezeigt; wählen Sie für ältere einen kürzeren Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation>Für die IT: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Ausgang entfernen? Noch nicht gesendete Dateien werden dann nicht gesendet.</numerusform>
            <numerusform>%n Einträge aus dem Ausgang entfernen? Noch nicht gesendete Dateien werden dann nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the history?</source>
        <translation>
            <numerusform>%n Eintrag aus dem Verlauf entfernen?</numerusform>
            <numerusform>%n Einträge aus dem Verlauf entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>files or folders, separated by ;</source>
        <translation>Dateien oder Ordner, getrennt durch ;</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientDialog</name>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Type in instead</source>
        <translation>Stattdessen von Hand eingeben</translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation>Patient und Studie</translation>
    </message>
    <message>
        <source>Whose are these files? They go into this patient&apos;s record in the PACS.</source>
        <translation>Zu wem gehören diese Dateien? Sie kommen in die Akte dieses Patienten im PACS.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.)</source>
        <translation>Titel (Dr., Prof.)</translation>
    </message>
    <message>
        <source>Suffix (Jr., III)</source>
        <translation>Namenszusatz (Jr., III)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>e.g. Wound, left forearm</source>
        <translation>z. B. Wunde, linker Unterarm</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Überweisender Arzt</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Nachname, Vorname</translation>
    </message>
    <message>
        <source>Kind of images (modality)</source>
        <translation>Art der Bilder (Modalität)</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Find in worklist or PACS…</source>
        <translation>In Worklist oder PACS suchen …</translation>
    </message>
    <message>
        <source>No worklist or PACS to search is set up (Settings → Worklist).</source>
        <translation>Es ist keine Worklist und kein PACS zum Suchen eingerichtet (Einstellungen → Worklist).</translation>
    </message>
    <message>
        <source>Use for these files</source>
        <translation>Für diese Dateien verwenden</translation>
    </message>
    <message>
        <source>At this site, the patient comes from the worklist only: use &quot;Find in worklist or PACS…&quot;.</source>
        <translation>An diesem Standort kommt der Patient nur aus der Worklist: Verwenden Sie „In Worklist oder PACS suchen …“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n file(s): %1</source>
        <translation>
            <numerusform>Für %n Datei: %1</numerusform>
            <numerusform>Für %n Dateien: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient and study from %1, copied as they are there.</source>
        <translation>Patient und Studie aus %1, unverändert übernommen.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Find the patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Use this patient</source>
        <translation>Diesen Patienten verwenden</translation>
    </message>
    <message>
        <source>No worklist or query device is configured (Settings → Worklist).</source>
        <translation>Es ist keine Worklist und kein Abfragegerät eingerichtet (Einstellungen → Worklist).</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Suche in %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source> — more results than shown; narrow the search</source>
        <translation> — mehr Ergebnisse als angezeigt; grenzen Sie die Suche ein</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <source>; some answers could not be read: %1</source>
        <translation>; einige Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no result chosen</source>
        <translation>kein Ergebnis gewählt</translation>
    </message>
    <message>
        <source>Worklist &apos;%1&apos; (scheduled patients)</source>
        <translation>Worklist „%1“ (geplante Patienten)</translation>
    </message>
    <message>
        <source>PACS &apos;%1&apos; (existing studies)</source>
        <translation>PACS „%1“ (vorhandene Studien)</translation>
    </message>
    <message>
        <source>family name, e.g. Müller* (* matches anything)</source>
        <translation>Nachname, z. B. Müller* (* steht für beliebige Zeichen)</translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation>z. B. XC</translation>
    </message>
    <message>
        <source>the worklist &apos;%1&apos;</source>
        <translation>der Worklist „%1“</translation>
    </message>
    <message>
        <source>the PACS &apos;%1&apos;</source>
        <translation>dem PACS „%1“</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PreviewPane</name>
    <message>
        <source>Reading…</source>
        <translation>Lese …</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Previous page or frame</source>
        <translation>Vorherige Seite oder vorheriges Bild</translation>
    </message>
    <message>
        <source>Next page or frame</source>
        <translation>Nächste Seite oder nächstes Bild</translation>
    </message>
    <message>
        <source>Values as stored</source>
        <translation>Werte wie gespeichert</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Wählen Sie eine Datei aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProblemBar</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation>Details für die IT</translation>
    </message>
    <message>
        <source>The technical reasons are below; the outbox view shows every file.</source>
        <translation>Die technischen Gründe stehen unten; die Ansicht „Ausgang und Verlauf“ zeigt alle Dateien.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProgressDialog</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Halte nach der aktuellen Datei an …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sending to &apos;%1&apos;…</source>
        <translation>Wird an „%1“ gesendet …</translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation>Nach dieser Datei anhalten</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation>Details für die IT</translation>
    </message>
    <message>
        <source>Files done: %1 of %2</source>
        <translation>Dateien erledigt: %1 von %2</translation>
    </message>
    <message>
        <source>This file: %1 — %2 of %3</source>
        <translation>Diese Datei: %1 — %2 von %3</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordList</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SendController</name>
    <message>
        <source>delivered %1 of %2 files</source>
        <translation>%1 von %2 Dateien zugestellt</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left in the outbox</source>
        <translation>
            <numerusform>, %n bleibt im Ausgang</numerusform>
            <numerusform>, %n bleiben im Ausgang</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT KEPT %1: %2</source>
        <translation>NICHT AUFBEWAHRT %1: %2</translation>
    </message>
    <message>
        <source>cannot convert %1: %2</source>
        <translation>%1 kann nicht konvertiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>converted %1 (%n object(s))</source>
        <translation>
            <numerusform>%1 konvertiert (%n Objekt)</numerusform>
            <numerusform>%1 konvertiert (%n Objekte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation>
            <numerusform>sende auch %n Datei, die von einem früheren Lauf übrig ist</numerusform>
            <numerusform>sende auch %n Dateien, die von einem früheren Lauf übrig sind</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation>nicht gesendet: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>sending %n file(s) to %1</source>
        <translation>
            <numerusform>sende %n Datei an %1</numerusform>
            <numerusform>sende %n Dateien an %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot send %n file(s) to %1: %2</source>
        <translation>
            <numerusform>%n Datei kann nicht an %1 gesendet werden: %2</numerusform>
            <numerusform>%n Dateien können nicht an %1 gesendet werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; stored this file with a warning.</source>
        <translation>Das PACS „%1“ hat diese Datei mit einer Warnung gespeichert.</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation>NICHT GESENDET</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTET</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>another PacsDrop is sending from this outbox; waiting for it</source>
        <translation>ein anderes PacsDrop sendet aus diesem Ausgang; warte darauf</translation>
    </message>
    <message>
        <source>Sent; waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation>Gesendet; die Bestätigung des PACS „%1“, dass es sie aufbewahrt, steht noch aus.</translation>
    </message>
    <message>
        <source>Sent, and the PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation>Gesendet, und das PACS „%1“ hat bestätigt, dass es sie aufbewahrt.</translation>
    </message>
    <message>
        <source>committed (Storage Commitment)</source>
        <translation>bestätigt (Storage Commitment)</translation>
    </message>
    <message>
        <source>Sent, and found on the PACS &apos;%1&apos; afterwards.</source>
        <translation>Gesendet und danach auf dem PACS „%1“ gefunden.</translation>
    </message>
    <message>
        <source>verified by a query after sending</source>
        <translation>nach dem Senden per Abfrage geprüft</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::WorklistPage</name>
    <message>
        <source>worklist device %1</source>
        <translation>Worklist-Gerät %1</translation>
    </message>
    <message>
        <source>query device %1</source>
        <translation>Abfragegerät %1</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Modality Worklist (the patients scheduled for this workstation):</source>
        <translation>Modality Worklist (die für diesen Arbeitsplatz geplanten Patienten):</translation>
    </message>
    <message>
        <source>PACS to search (existing studies to add files to):</source>
        <translation>Zu durchsuchende PACS (vorhandene Studien, zu denen Dateien hinzugefügt werden):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation>Suche beginnt mit</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
</context>
</TS>
