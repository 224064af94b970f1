<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="25"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="26"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="27"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="28"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="29"/>
        <source>Prefix</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="30"/>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="31"/>
        <source>Birth date (YYYYMMDD)</source>
        <translation>Geburtsdatum (JJJJMMTT)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="34"/>
        <source>Study date (YYYYMMDD)</source>
        <translation>Studiendatum (JJJJMMTT)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="35"/>
        <source>Study time (HHMMSS)</source>
        <translation>Studienzeit (HHMMSS)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="36"/>
        <source>Study description</source>
        <translation>Studienbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="37"/>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="38"/>
        <source>Referring physician</source>
        <translation>Überweisender Arzt</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="39"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/SendController.cpp" line="29"/>
        <source>cannot convert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="30"/>
        <source>converted %1 (%n object(s))</source>
        <translation>
            <numerusform>%1 konvertiert (%n Objekt)</numerusform>
            <numerusform>%1 konvertiert (%n Objekte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="44"/>
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="54"/>
        <source>not sent: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="61"/>
        <source>sending %n file(s) to %1</source>
        <translation>
            <numerusform>sende %n Datei an %1</numerusform>
            <numerusform>sende %n Dateien an %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="66"/>
        <source>cannot send %n file(s) to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="100"/>
        <source>another PacsDrop is sending from this outbox; waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="29"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Calling AE</source>
        <translation>Eigener AE</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="29"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="30"/>
        <source>Character set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="31"/>
        <source>Decompress if refused</source>
        <translation>Bei Ablehnung dekomprimieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="31"/>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="32"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="21"/>
        <source>Connect s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="32"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="21"/>
        <source>ACSE s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="33"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="21"/>
        <source>DIMSE s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="33"/>
        <source>Max PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="33"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="34"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="34"/>
        <source>Retry after s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="35"/>
        <source>Retry at most s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="35"/>
        <source>Pause ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="36"/>
        <source>Max kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="29"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="36"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="36"/>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="37"/>
        <source>Trusted CA certificates (;)</source>
        <translation>Vertrauenswürdige CA-Zertifikate (;)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="37"/>
        <source>Server check</source>
        <translation>Serverprüfung</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="38"/>
        <source>DICOMweb URL (instead of AE/host/port)</source>
        <translation>DICOMweb-URL (statt AE/Host/Port)</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="39"/>
        <source>DICOMweb login</source>
        <translation>DICOMweb-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="40"/>
        <source>DICOMweb user</source>
        <translation>DICOMweb-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="40"/>
        <source>DICOMweb batch</source>
        <translation>DICOMweb-Stapel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="41"/>
        <source>Storage commitment</source>
        <translation>Storage Commitment</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="42"/>
        <source>Verify after send</source>
        <translation>Nach dem Senden prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="22"/>
        <source>OK (%1 ms)</source>
        <translation>OK (%1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="22"/>
        <source>FAILED: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="32"/>
        <source>checking…</source>
        <translation type="unfinished">prüfe …</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Charset if none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Station AE</source>
        <translation>Stations-AE</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Root</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
</context>
<context>
    <name>pacsdrop::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="16"/>
        <source>About PacsDrop</source>
        <translation>Über PacsDrop</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="19"/>
        <source>&lt;h2&gt;PacsDrop %1&lt;/h2&gt;&lt;p&gt;Gets clinical files into a PACS.&lt;br&gt;Built %2 with Qt %3 on %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="21"/>
        <source>&lt;h3&gt;Where things are&lt;/h3&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="22"/>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>Converted files</source>
        <translation>Konvertierte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="24"/>
        <source>&lt;h3&gt;Built on&lt;/h3&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::DevicesPage</name>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="129"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="131"/>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="134"/>
        <source>Where files are sent. The default device is preselected in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="166"/>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.h" line="16"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>pacsdrop::FileListModel</name>
    <message>
        <location filename="../ui/FileListModel.cpp" line="20"/>
        <source>DICOM</source>
        <translation>DICOM</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="21"/>
        <source>IMAGE</source>
        <translation>BILD</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="22"/>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="23"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="26"/>
        <source>OTHER</source>
        <translation>ANDERE</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="32"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="33"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="34"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="35"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="36"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="39"/>
        <source>cannot be sent</source>
        <translation>nicht sendbar</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="72"/>
        <source>Patient %1 of %2 in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="85"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="87"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="88"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="89"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainPage</name>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="43"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="48"/>
        <source>Remove sent files from the list</source>
        <translation>Gesendete Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="49"/>
        <source>Non-DICOM files get their patient only from the worklist</source>
        <translation>Nicht-DICOM-Dateien erhalten den Patienten nur aus der Worklist</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="50"/>
        <source>Also store PDF pages as images</source>
        <translation>PDF-Seiten zusätzlich als Bilder speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="51"/>
        <source>Keep converted files after sending (otherwise removed once delivered)</source>
        <translation>Konvertierte Dateien nach dem Senden behalten (sonst nach Zustellung entfernt)</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="55"/>
        <source>Extension</source>
        <translation>Endung</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="55"/>
        <source>SOP class</source>
        <translation>SOP-Klasse</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="64"/>
        <source>lossless</source>
        <translation>verlustfrei</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="66"/>
        <source>e.g. XC, OT, ES, DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="68"/>
        <source>Institution name</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="69"/>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="70"/>
        <source>Local AE title</source>
        <translation>Eigener AE-Titel</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="71"/>
        <source>Modalities offered</source>
        <translation>Angebotene Modalitäten</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="72"/>
        <source>Additional-info attribute</source>
        <translation>Attribut für Zusatzinfo</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="73"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="77"/>
        <source>Images become</source>
        <translation>Bilder werden zu</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="78"/>
        <source>…except by extension</source>
        <translation>… außer nach Endung</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="79"/>
        <source>JPEG quality for lossless inputs</source>
        <translation>JPEG-Qualität für verlustfreie Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="81"/>
        <source>Videos become</source>
        <translation>Videos werden zu</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="82"/>
        <source>Video format</source>
        <translation>Videoformat</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="83"/>
        <source>Character set written</source>
        <translation>Geschriebener Zeichensatz</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="84"/>
        <source>Largest picture (pixels)</source>
        <translation>Größtes Bild (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="85"/>
        <source>Most pages</source>
        <translation>Höchstens Seiten</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="86"/>
        <source>Most video frames</source>
        <translation>Höchstens Videobilder</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="87"/>
        <source>Largest file (MB)</source>
        <translation>Größte Datei (MB)</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="132"/>
        <location filename="../ui/settings/MainPage.cpp" line="161"/>
        <location filename="../ui/settings/MainPage.h" line="21"/>
        <source>Main</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="135"/>
        <source>Local AE title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="154"/>
        <source>Limits: whole positive numbers; the largest file at most %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>PacsDrop</source>
        <translation>PacsDrop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Where the files go</source>
        <translation>Wohin die Dateien gehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source> Send to: </source>
        <translation> Senden an: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Outbox: %n file(s) waiting</source>
        <translation>
            <numerusform>Ausgang: %n Datei wartet</numerusform>
            <numerusform>Ausgang: %n Dateien warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Outbox: empty</source>
        <translation>Ausgang: leer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source> — %1 ready, %2 sent, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source> — DICOM files of %1 different patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Unencrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Files are still being sent. Stop after the current file and close? The rest stays in the outbox and is sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacsdrop::MonitorPage</name>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Subfolders</source>
        <translation>Unterordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>DICOM only</source>
        <translation>Nur DICOM</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="41"/>
        <source>Study data (Keyword=value; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="42"/>
        <source>After sending</source>
        <translation>Nach dem Senden</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="43"/>
        <source>Done folder</source>
        <translation>Ordner für Erledigtes</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="43"/>
        <source>Stable s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="43"/>
        <source>Poll s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="49"/>
        <source>Files that appear in these folders are sent by the PacsDrop service (pacsdrop serve) once they are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="83"/>
        <source>watched folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.h" line="16"/>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientDialog</name>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="57"/>
        <source>Non-DICOM file info</source>
        <translation>Angaben zu Nicht-DICOM-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="65"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="66"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="67"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="68"/>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="69"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="73"/>
        <source>Additional info (%1)</source>
        <translation>Zusatzinfo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="79"/>
        <source>Search worklist / PACS…</source>
        <translation>Worklist / PACS durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="245"/>
        <source>PatientID: required</source>
        <translation>PatientID: erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="247"/>
        <source>PatientName: required</source>
        <translation>PatientName: erforderlich</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientSearchDialog</name>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="35"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="35"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="38"/>
        <source>Find the patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="41"/>
        <source>Worklist — %1</source>
        <translation>Worklist — %1</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="43"/>
        <source>PACS — %1</source>
        <translation>PACS — %1</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="46"/>
        <source>e.g. MÜLLER* (* and ? match anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="50"/>
        <source>today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="63"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="64"/>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="65"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="66"/>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="68"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="74"/>
        <source>Use this patient</source>
        <translation>Diesen Patienten verwenden</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="121"/>
        <source>No worklist or query device is configured (Settings → Worklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Accession</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Procedure</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="143"/>
        <source>Date: use today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="168"/>
        <source>Searching %1…</source>
        <translation>Suche in %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PatientSearchDialog.cpp" line="187"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="189"/>
        <source> — more results than shown; narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="191"/>
        <source> — stopped</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="193"/>
        <source>; some answers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="239"/>
        <source>no result chosen</source>
        <translation>kein Ergebnis gewählt</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="33"/>
        <source>Drop files or folders here</source>
        <translation>Dateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="37"/>
        <source>Reading…</source>
        <translation>Lese …</translation>
    </message>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="46"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProgressDialog</name>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="12"/>
        <source>Preparing…</source>
        <translation>Vorbereitung …</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="16"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="39"/>
        <source>Stopping after the current file…</source>
        <translation>Halte nach der aktuellen Datei an …</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="49"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="54"/>
        <source>Sending %1</source>
        <translation>Sende %1</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="66"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordTable</name>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="24"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="26"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="49"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SendController</name>
    <message>
        <location filename="../ui/SendController.cpp" line="171"/>
        <source>delivered %1 of %2 files</source>
        <translation>%1 von %2 Dateien zugestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="173"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="175"/>
        <source>, %n left in the outbox</source>
        <translation>
            <numerusform>, %n bleibt im Ausgang</numerusform>
            <numerusform>, %n bleiben im Ausgang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="231"/>
        <source>sent; waiting for the PACS to confirm it keeps it</source>
        <translation>gesendet; das PACS bestätigt die Aufbewahrung noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="236"/>
        <source>sent and committed by the PACS</source>
        <translation>gesendet, vom PACS bestätigt (Storage Commitment)</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="239"/>
        <source>sent and found on the PACS</source>
        <translation>gesendet und auf dem PACS gefunden</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="244"/>
        <source>NOT KEPT %1: %2</source>
        <translation>NICHT AUFBEWAHRT %1: %2</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::WorklistPage</name>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="59"/>
        <source>Modality Worklist devices (scheduled procedures):</source>
        <translation>Modality-Worklist-Geräte (geplante Untersuchungen):</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="61"/>
        <source>PACS query devices (existing studies):</source>
        <translation>PACS-Abfragegeräte (vorhandene Studien):</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="69"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="71"/>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="101"/>
        <source>worklist device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="105"/>
        <source>query device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.h" line="16"/>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
</context>
</TS>
