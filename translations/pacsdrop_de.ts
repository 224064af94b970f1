<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EchoRunner</name>
    <message>
        <source>&apos;%1&apos; answered in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent and confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>too long: at most %1 characters (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: at most 64 characters for the whole name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after the study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain \ or =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only capital letters, digits, space and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the patient&apos;s ID in the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>female</source>
        <translation type="unfinished">weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished">männlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">divers</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>Your files are safe and will be sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are safe; press Retry when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are safe and will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are safe; press Retry to send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PACS &apos;%1&apos; broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept connections from PacsDrop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are safe. Ask IT to check the device settings (AE titles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT whether it can be stored there or sent elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; refused to store this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT; the details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a good copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is gone or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk or stick is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to check Settings → Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept and sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be sent to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept; the details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; accepted this file but does not have it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not confirm that it keeps this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewKinds</name>
    <message>
        <source>DICOM file that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished">Patienten-ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geschlecht</translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished">Studie</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation type="unfinished">Auftragsnummer</translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF that cannot be opened (damaged or password-protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished">PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file PacsDrop can send or convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame of this video can be decoded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4 frames/s, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PacsDrop could not turn this file into DICOM; the details say why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) were sent to &apos;%1&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file did not reach &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files reached &apos;%1&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the sending; the files not sent yet are kept and sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n files reached &apos;%2&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingNames</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European, Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European, Latin-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South European, Latin-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baltic, Latin-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish, Latin-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European with €, Latin-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: plain text, else Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph (external camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microscopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide microscopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diaphanography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-oral X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panoramic X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray (DX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical photograph (VL Photographic Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or screenshot (Secondary Capture Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endoscopy video (Video Endoscopic Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microscopy video (Video Microscopic Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera video (Video Photographic Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPEG-2, standard definition (for older PACS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPEG-2, high definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 up to Full HD (every video made this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 in Blu-ray sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: keep what DICOM takes as it is, else H.264</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate, any host name (exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any certificate: encrypted but not checked (exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate issued to this host (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 195 (TLS 1.2 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 195 extended (strongest ciphers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 195, non-downgrading (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where things are&lt;/h3&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateField</name>
    <message>
        <source>Type the date as %1, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; write it as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateRangeField</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::DeviceForm</name>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the PACS&apos;s IT, e.g. RADPACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or address, e.g. pacs.hospital.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect it in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompress a file the PACS does not take compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the PACS to confirm it keeps every file (Storage Commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again what the PACS does not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check afterwards that the PACS has every file (query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMweb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PACS device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACS device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM (C-STORE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMweb (STOW-RS over HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set in Main (automatic unless chosen there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Sends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AE title</source>
        <translation type="unfinished">AE-Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished">Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished">Port</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PACS&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts (service and watched folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries at most every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit per connection (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set of converted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message received (PDU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (stored sealed); type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the key is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the DICOMweb address, e.g. https://pacs.example/dicom-web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::DevicesPage</name>
    <message>
        <source>Where files are sent. The default device is preselected in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Encrypted (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (TLS), certificate check relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished">Standard</translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Remove the device &apos;%1&apos;? Files waiting for it stay in the outbox until it is added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::EmptyState</name>
    <message>
        <source>Drop files or folders here</source>
        <translation type="unfinished">Dateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <source>Photos, scans, PDFs, videos and DICOM files — or a CD&apos;s DICOMDIR.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PacsDrop asks for the patient when you send this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as: %1, patient ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study date as stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::HotFolderForm</name>
    <message>
        <source>Folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also watch its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for sent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also photos, scans, PDFs and videos, for this patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Ordner</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Dateien</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Senden</translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sending</source>
        <translation type="unfinished">Nach dem Senden</translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is complete when unchanged for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new files every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PacsDrop service (pacsdrop serve) watches these folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupDeviceForm</name>
    <message>
        <source>e.g. RIS worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACS to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (ASCII) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates (YYYYMMDD-YYYYMMDD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation type="unfinished">AE-Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished">Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished">Port</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set when the answer names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished">Modalität</translation>
    </message>
    <message>
        <source>Scheduled station (AE title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupResultsModel</name>
    <message>
        <source>Stored as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished">Patienten-ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geschlecht</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation type="unfinished">Auftrag</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished">Geplant</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation type="unfinished">Studiendatum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished">Modalität</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished">Untersuchung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainPage</name>
    <message>
        <source>Remove sent files from the list</source>
        <translation>Gesendete Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Non-DICOM files get their patient only from the worklist</source>
        <translation>Nicht-DICOM-Dateien erhalten den Patienten nur aus der Worklist</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: whole positive numbers; the largest file at most %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality codes offered in the patient dialog, the first one preselected: XC photographs, ES endoscopy, DOC documents, OT other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text field stored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, scans and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…except files ending in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits (larger files are refused)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PACS is set up yet: add one in Settings → Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files of %1 different patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not sent yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PacsDrop</source>
        <translation type="unfinished">Über PacsDrop</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed, %1 not sent yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watched folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM and other files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::Notifier</name>
    <message>
        <source>Show PacsDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PacsDrop</source>
        <translation type="unfinished">PacsDrop</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PacsDrop — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxHistoryModel</name>
    <message>
        <source>Sent, and the PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1, last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (failed or waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient, file or PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; choose a shorter period for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the history?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PathField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files or folders, separated by ;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose are these files? They go into this patient&apos;s record in the PACS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished">Patienten-ID</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished">Zweiter Vorname</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix (Jr., III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished">Studie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>e.g. Wound, left forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation type="unfinished">Auftragsnummer</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation type="unfinished">Überweisender Arzt</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of images (modality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in worklist or PACS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worklist or PACS to search is set up (Settings → Worklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this site, the patient comes from the worklist only: use &quot;Find in worklist or PACS…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n file(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Patient and study from %1, copied as they are there.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <source>; some answers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result chosen</source>
        <translation>kein Ergebnis gewählt</translation>
    </message>
    <message>
        <source>Worklist &apos;%1&apos; (scheduled patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACS &apos;%1&apos; (existing studies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name, e.g. Müller* (* matches anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worklist &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PACS &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page or frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProblemBar</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical reasons are below; the outbox view shows every file.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file: %1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>converted %1 (%n object(s))</source>
        <translation type="unfinished">
            <numerusform>%1 konvertiert (%n Objekt)</numerusform>
            <numerusform>%1 konvertiert (%n Objekte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sending %n file(s) to %1</source>
        <translation type="unfinished">
            <numerusform>sende %n Datei an %1</numerusform>
            <numerusform>sende %n Dateien an %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot send %n file(s) to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; stored this file with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished">WARNUNG</translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished">FEHLER</translation>
    </message>
    <message>
        <source>another PacsDrop is sending from this outbox; waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, and the PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed (Storage Commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, and found on the PACS &apos;%1&apos; afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified by a query after sending</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Modality Worklist (the patients scheduled for this workstation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACS to search (existing studies to add files to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set</source>
        <translation type="unfinished">Zeichensatz</translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
