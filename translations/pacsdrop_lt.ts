<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="25"/>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="26"/>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="27"/>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="28"/>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="29"/>
        <source>Prefix</source>
        <translation>Titulas</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="30"/>
        <source>Suffix</source>
        <translation>Priesaga</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="31"/>
        <source>Birth date (YYYYMMDD)</source>
        <translation>Gimimo data (MMMMMMDD)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="34"/>
        <source>Study date (YYYYMMDD)</source>
        <translation>Tyrimo data (MMMMMMDD)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="35"/>
        <source>Study time (HHMMSS)</source>
        <translation>Tyrimo laikas (VVMMSS)</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="36"/>
        <source>Study description</source>
        <translation>Tyrimo aprašymas</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="37"/>
        <source>Accession number</source>
        <translation>Užsakymo numeris</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="38"/>
        <source>Referring physician</source>
        <translation>Siuntęs gydytojas</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="39"/>
        <source>Modality</source>
        <translation>Modalumas</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="44"/>
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="66"/>
        <source>cannot send %n file(s) to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>WARNING</source>
        <translation>ĮSPĖJIMAS</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="83"/>
        <source>FAILED</source>
        <translation>NEPAVYKO</translation>
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
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>AE title</source>
        <translation>AE pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>Host</source>
        <translation>Mazgas</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="28"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="18"/>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="29"/>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Calling AE</source>
        <translation>Savas AE</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="29"/>
        <source>Default</source>
        <translation>Numatytasis</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="30"/>
        <source>Character set</source>
        <translation>Koduotė</translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="31"/>
        <source>Decompress if refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="31"/>
        <source>Parallel</source>
        <translation type="unfinished"></translation>
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
        <translation>Aprašymas</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="36"/>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="36"/>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="37"/>
        <source>Trusted CA certificates (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="37"/>
        <source>Server check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="38"/>
        <source>DICOMweb URL (instead of AE/host/port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="39"/>
        <source>DICOMweb login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="40"/>
        <source>DICOMweb user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="40"/>
        <source>DICOMweb batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="41"/>
        <source>Storage commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DevicesPage.cpp" line="42"/>
        <source>Verify after send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="22"/>
        <source>OK (%1 ms)</source>
        <translation>Gerai (%1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="22"/>
        <source>FAILED: %1</source>
        <translation>NEPAVYKO: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/EchoRunner.cpp" line="32"/>
        <source>checking…</source>
        <translation type="unfinished">tikrinama…</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Charset if none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Modality</source>
        <translation>Modalumas</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="19"/>
        <source>Station AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="20"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="16"/>
        <source>About PacsDrop</source>
        <translation>Apie PacsDrop</translation>
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
        <translation>Nustatymai</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="22"/>
        <source>Outbox</source>
        <translation>Siuntimo eilė</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>Logs</source>
        <translation>Žurnalai</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>Converted files</source>
        <translation>Konvertuoti failai</translation>
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
        <translation type="unfinished"></translation>
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
        <translation>Įrenginiai</translation>
    </message>
</context>
<context>
    <name>pacsdrop::FileListModel</name>
    <message>
        <location filename="../ui/FileListModel.cpp" line="20"/>
        <source>DICOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="21"/>
        <source>IMAGE</source>
        <translation>VAIZDAS</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="22"/>
        <source>VIDEO</source>
        <translation>VAIZDO ĮRAŠAS</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="23"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="26"/>
        <source>OTHER</source>
        <translation>KITA</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="32"/>
        <source>ready</source>
        <translation>paruošta</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="33"/>
        <source>queued</source>
        <translation>eilėje</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="34"/>
        <source>sending</source>
        <translation>siunčiama</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="35"/>
        <source>sent</source>
        <translation>išsiųsta</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="36"/>
        <source>failed</source>
        <translation>nepavyko</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="39"/>
        <source>cannot be sent</source>
        <translation>negalima išsiųsti</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="72"/>
        <source>Patient %1 of %2 in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="85"/>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="87"/>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="88"/>
        <source>Study</source>
        <translation>Tyrimas</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="89"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../ui/FileListModel.cpp" line="90"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainPage</name>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="43"/>
        <source>System</source>
        <translation>Sistemos</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="48"/>
        <source>Remove sent files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="49"/>
        <source>Non-DICOM files get their patient only from the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="50"/>
        <source>Also store PDF pages as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="51"/>
        <source>Keep converted files after sending (otherwise removed once delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="55"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="55"/>
        <source>SOP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="64"/>
        <source>lossless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="66"/>
        <source>e.g. XC, OT, ES, DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="68"/>
        <source>Institution name</source>
        <translation>Įstaigos pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="69"/>
        <source>Station name</source>
        <translation>Stoties pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="70"/>
        <source>Local AE title</source>
        <translation>Savas AE pavadinimas</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="71"/>
        <source>Modalities offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="72"/>
        <source>Additional-info attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="73"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="77"/>
        <source>Images become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="78"/>
        <source>…except by extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="79"/>
        <source>JPEG quality for lossless inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="81"/>
        <source>Videos become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="82"/>
        <source>Video format</source>
        <translation>Vaizdo formatas</translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="83"/>
        <source>Character set written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="84"/>
        <source>Largest picture (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="85"/>
        <source>Most pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="86"/>
        <source>Most video frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="87"/>
        <source>Largest file (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MainPage.cpp" line="132"/>
        <location filename="../ui/settings/MainPage.cpp" line="161"/>
        <location filename="../ui/settings/MainPage.h" line="21"/>
        <source>Main</source>
        <translation>Pagrindiniai</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Where the files go</source>
        <translation>Kur siunčiami failai</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Add files…</source>
        <translation>Pridėti failus…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Add files</source>
        <translation>Pridėti failus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Add folder…</source>
        <translation>Pridėti aplanką…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Add folder</source>
        <translation>Pridėti aplanką</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Retry failed</source>
        <translation>Kartoti nepavykusius</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source> Send to: </source>
        <translation> Siųsti į: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Settings…</source>
        <translation>Nustatymai…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>About</source>
        <translation>Apie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Outbox: %n file(s) waiting</source>
        <translation>
            <numerusform>Eilėje laukia %n failas</numerusform>
            <numerusform>Eilėje laukia %n failai</numerusform>
            <numerusform>Eilėje laukia %n failų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Outbox: empty</source>
        <translation>Siuntimo eilė tuščia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Reading files…</source>
        <translation>Skaitomi failai…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n failas</numerusform>
            <numerusform>%n failai</numerusform>
            <numerusform>%n failų</numerusform>
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
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacsdrop::MonitorPage</name>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Destination</source>
        <translation>Paskirtis</translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>Subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="40"/>
        <source>DICOM only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="41"/>
        <source>Study data (Keyword=value; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="42"/>
        <source>After sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/MonitorPage.cpp" line="43"/>
        <source>Done folder</source>
        <translation type="unfinished"></translation>
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
        <translation>Stebėjimas</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientDialog</name>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="57"/>
        <source>Non-DICOM file info</source>
        <translation>Ne DICOM failų duomenys</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="65"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="66"/>
        <source>female</source>
        <translation>moteris</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="67"/>
        <source>male</source>
        <translation>vyras</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="68"/>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="69"/>
        <source>Sex</source>
        <translation>Lytis</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="73"/>
        <source>Additional info (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="79"/>
        <source>Search worklist / PACS…</source>
        <translation>Ieškoti darbų sąraše / PACS…</translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="245"/>
        <source>PatientID: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDialog.cpp" line="247"/>
        <source>PatientName: required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientSearchDialog</name>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="35"/>
        <source>Search</source>
        <translation>Ieškoti</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="35"/>
        <source>Stop</source>
        <translation>Stabdyti</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="38"/>
        <source>Find the patient</source>
        <translation>Rasti pacientą</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="41"/>
        <source>Worklist — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="43"/>
        <source>PACS — %1</source>
        <translation type="unfinished"></translation>
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
        <translation>Ieškoti</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="64"/>
        <source>Patient name</source>
        <translation>Paciento vardas</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="65"/>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="66"/>
        <source>Accession number</source>
        <translation>Užsakymo numeris</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="67"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="68"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Modality</source>
        <translation>Modalumas</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="74"/>
        <source>Use this patient</source>
        <translation>Naudoti šį pacientą</translation>
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
        <translation>Pacientas</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Birth date</source>
        <translation>Gimimo data</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="135"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Study date</source>
        <translation>Tyrimo data</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="136"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="143"/>
        <source>Date: use today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="168"/>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PatientSearchDialog.cpp" line="187"/>
        <source>%n found</source>
        <translation>
            <numerusform>rastas %n</numerusform>
            <numerusform>rasti %n</numerusform>
            <numerusform>rasta %n</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="193"/>
        <source>; some answers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchDialog.cpp" line="239"/>
        <source>no result chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="33"/>
        <source>Drop files or folders here</source>
        <translation>Nutempkite failus ar aplankus čia</translation>
    </message>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="37"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="46"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProgressDialog</name>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="12"/>
        <source>Preparing…</source>
        <translation>Ruošiama…</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="16"/>
        <source>Sending</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="39"/>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="49"/>
        <source>%1 of %2 files</source>
        <translation>%1 iš %2 failų</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="54"/>
        <source>Sending %1</source>
        <translation>Siunčiama %1</translation>
    </message>
    <message>
        <location filename="../ui/ProgressDialog.cpp" line="66"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordTable</name>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="24"/>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="26"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../ui/settings/RecordTable.cpp" line="49"/>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SendController</name>
    <message>
        <location filename="../ui/SendController.cpp" line="171"/>
        <source>delivered %1 of %2 files</source>
        <translation>pristatyta %1 iš %2 failų</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="173"/>
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SendController.cpp" line="175"/>
        <source>, %n left in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="231"/>
        <source>sent; waiting for the PACS to confirm it keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="236"/>
        <source>sent and committed by the PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="239"/>
        <source>sent and found on the PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SendController.cpp" line="244"/>
        <source>NOT KEPT %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacsdrop::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
</context>
<context>
    <name>pacsdrop::WorklistPage</name>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="59"/>
        <source>Modality Worklist devices (scheduled procedures):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="61"/>
        <source>PACS query devices (existing studies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="69"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorklistPage.cpp" line="71"/>
        <source>this device</source>
        <translation type="unfinished"></translation>
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
        <translation>Darbų sąrašas</translation>
    </message>
</context>
</TS>
