<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>EchoRunner</name>
    <message>
        <source>&apos;%1&apos; answered in %2 ms.</source>
        <translation>„%1“ atsakė per %2 ms.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not answer: %2</source>
        <translation>„%1“ neatsakė: %2</translation>
    </message>
</context>
<context>
    <name>EntryStatus</name>
    <message>
        <source>The PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation>PACS „%1“ patvirtino, kad jį saugo.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Laukia savo eilės.</translation>
    </message>
    <message>
        <source>Waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation>Laukiama, kol PACS „%1“ patvirtins, kad jį saugo.</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>Ready</source>
        <translation>Paruošta</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eilėje</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Siunčiama…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Sent and confirmed</source>
        <translation>Išsiųsta ir patvirtinta</translation>
    </message>
    <message>
        <source>Sent with a warning</source>
        <translation>Išsiųsta su įspėjimu</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Dar neišsiųsta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation>Negalima išsiųsti</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation>Tai nėra nei DICOM, nei nuotrauka, skenuotas vaizdas, PDF ar vaizdo įrašas, kurį PacsDrop galėtų konvertuoti.</translation>
    </message>
    <message>
        <source>PacsDrop cannot read files: part of it is missing. Reinstall PacsDrop.</source>
        <translation>PacsDrop negali skaityti failų: trūksta programos dalies. Įdiekite PacsDrop iš naujo.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>too long: at most %1 characters (now %2)</source>
        <translation>per daug simbolių: ne daugiau kaip %1 (dabar %2)</translation>
    </message>
    <message>
        <source>too long: at most 64 characters for the whole name</source>
        <translation>per daug simbolių: visam vardui su pavarde ne daugiau kaip 64</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>data yra ateityje</translation>
    </message>
    <message>
        <source>is after the study date</source>
        <translation>data vėlesnė nei tyrimo data</translation>
    </message>
    <message>
        <source>must not contain \ or =</source>
        <translation>negalima naudoti \ ar =</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>negalima naudoti valdymo simbolių</translation>
    </message>
    <message>
        <source>only capital letters, digits, space and _</source>
        <translation>tik didžiosios raidės, skaitmenys, tarpas ir _</translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation>data ankstesnė nei 1900 m.</translation>
    </message>
    <message>
        <source>required: the patient&apos;s ID in the hospital</source>
        <translation>privaloma: paciento ID ligoninėje</translation>
    </message>
    <message>
        <source>required</source>
        <translation>privaloma</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>female</source>
        <translation>moteris</translation>
    </message>
    <message>
        <source>male</source>
        <translation>vyras</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>Your files are safe and will be sent when it is back.</source>
        <translation>Jūsų failai saugūs ir bus išsiųsti, kai jis vėl veiks.</translation>
    </message>
    <message>
        <source>Your files are safe; press Retry when it is back.</source>
        <translation>Jūsų failai saugūs; kai jis vėl veiks, paspauskite „Kartoti“.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; cannot be reached.</source>
        <translation>Nepavyksta pasiekti PACS „%1“.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not answer in time.</source>
        <translation>PACS „%1“ laiku neatsakė.</translation>
    </message>
    <message>
        <source>Your files are safe and will be sent again.</source>
        <translation>Jūsų failai saugūs ir bus išsiųsti dar kartą.</translation>
    </message>
    <message>
        <source>Your files are safe; press Retry to send them again.</source>
        <translation>Jūsų failai saugūs; norėdami išsiųsti juos dar kartą, paspauskite „Kartoti“.</translation>
    </message>
    <message>
        <source>The connection to the PACS &apos;%1&apos; broke off.</source>
        <translation>Ryšys su PACS „%1“ nutrūko.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept connections from PacsDrop.</source>
        <translation>PACS „%1“ nepriima PacsDrop prisijungimų.</translation>
    </message>
    <message>
        <source>Your files are safe. Ask IT to check the device settings (AE titles).</source>
        <translation>Jūsų failai saugūs. Paprašykite IT skyriaus patikrinti įrenginio nustatymus (AE pavadinimus).</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; does not accept this kind of file.</source>
        <translation>PACS „%1“ nepriima tokio tipo failų.</translation>
    </message>
    <message>
        <source>Ask IT whether it can be stored there or sent elsewhere.</source>
        <translation>Paklauskite IT skyriaus, ar jį galima ten išsaugoti, ar reikia siųsti kitur.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; refused to store this file.</source>
        <translation>PACS „%1“ atsisakė išsaugoti šį failą.</translation>
    </message>
    <message>
        <source>Ask IT; the details say why.</source>
        <translation>Kreipkitės į IT skyrių; priežastis nurodyta išsamioje informacijoje.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be sent.</source>
        <translation>Šis failas sugadintas, todėl jo išsiųsti negalima.</translation>
    </message>
    <message>
        <source>Send a good copy of it instead.</source>
        <translation>Vietoj jo išsiųskite nepažeistą kopiją.</translation>
    </message>
    <message>
        <source>This file is gone or cannot be read.</source>
        <translation>Šio failo nebėra arba jo nepavyksta perskaityti.</translation>
    </message>
    <message>
        <source>Check that the disk or stick is still there.</source>
        <translation>Patikrinkite, ar diskas ar atmintukas vis dar prijungtas.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; is not set up correctly.</source>
        <translation>PACS „%1“ nustatytas neteisingai.</translation>
    </message>
    <message>
        <source>Ask IT to check Settings → Devices.</source>
        <translation>Paprašykite IT skyriaus patikrinti „Nustatymai → Įrenginiai“.</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>Siuntimas sustabdytas.</translation>
    </message>
    <message>
        <source>The file is kept and sent next time.</source>
        <translation>Failas išsaugotas ir bus išsiųstas kitą kartą.</translation>
    </message>
    <message>
        <source>This file could not be sent to &apos;%1&apos;.</source>
        <translation>Šio failo nepavyko išsiųsti į „%1“.</translation>
    </message>
    <message>
        <source>It is kept; the details say why.</source>
        <translation>Jis išsaugotas; priežastis nurodyta išsamioje informacijoje.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; accepted this file but does not have it now.</source>
        <translation>PACS „%1“ priėmė šį failą, bet dabar jo neturi.</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; did not confirm that it keeps this file.</source>
        <translation>PACS „%1“ nepatvirtino, kad saugo šį failą.</translation>
    </message>
</context>
<context>
    <name>PreviewKinds</name>
    <message>
        <source>DICOM file that cannot be read</source>
        <translation>DICOM failas, kurio nepavyksta perskaityti</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Kadras %1 iš %2</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Vaizdo nėra: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Gimimo data</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Lytis</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Tyrimas</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Užsakymo numeris</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serija</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Vaizdas</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 frames</source>
        <translation>%1 × %2 pikselių, kadrų: %3</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikselių</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Puslapis %1 iš %2</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>Vaizdo nepavyksta perskaityti: %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 pikselių</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Puslapiai</translation>
    </message>
    <message>
        <source>PDF that cannot be opened (damaged or password-protected)</source>
        <translation>PDF, kurio nepavyksta atverti (sugadintas arba apsaugotas slaptažodžiu)</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Šio puslapio nepavyksta parodyti</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n puslapis</numerusform>
            <numerusform>%n puslapiai</numerusform>
            <numerusform>%n puslapių</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Not a file PacsDrop can send or convert</source>
        <translation>Tokio failo PacsDrop negali nei išsiųsti, nei konvertuoti</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>No frame of this video can be decoded here</source>
        <translation>Šiame kompiuteryje nepavyksta iškoduoti nė vieno šio vaizdo įrašo kadro</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vaizdo įrašas</translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4 frames/s, %5</source>
        <translation>%1, %2 × %3, %4 kadr./s, %5</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Garsas</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nerodoma: %1</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.</source>
        <translation>Tai nėra nei DICOM, nei nuotrauka, skenuotas vaizdas, PDF ar vaizdo įrašas, kurį PacsDrop galėtų konvertuoti.</translation>
    </message>
    <message>
        <source>PacsDrop could not turn this file into DICOM; the details say why.</source>
        <translation>PacsDrop nepavyko šio failo paversti DICOM; priežastis nurodyta išsamioje informacijoje.</translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nieko neišsiųsta.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) were sent to &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n failas išsiųstas į „%1“.</numerusform>
            <numerusform>Visi %n failai išsiųsti į „%1“.</numerusform>
            <numerusform>Visi %n failų išsiųsti į „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file did not reach &apos;%1&apos;.</source>
        <translation>Failas nepasiekė „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files reached &apos;%1&apos;.</source>
        <translation>
            <numerusform>Nė vienas iš %n failo nepasiekė „%1“.</numerusform>
            <numerusform>Nė vienas iš %n failų nepasiekė „%1“.</numerusform>
            <numerusform>Nė vienas iš %n failų nepasiekė „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the sending; the files not sent yet are kept and sent next time.</source>
        <translation>Jūs sustabdėte siuntimą; dar neišsiųsti failai išsaugoti ir bus išsiųsti kitą kartą.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Kitas bandymas – %1.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n files reached &apos;%2&apos;.</source>
        <translation>
            <numerusform>Tik %1 iš %n failo pasiekė „%2“.</numerusform>
            <numerusform>Tik %1 iš %n failų pasiekė „%2“.</numerusform>
            <numerusform>Tik %1 iš %n failų pasiekė „%2“.</numerusform>
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
        <translation>Vakarų Europos, Latin-1</translation>
    </message>
    <message>
        <source>Central European, Latin-2</source>
        <translation>Vidurio Europos, Latin-2</translation>
    </message>
    <message>
        <source>South European, Latin-3</source>
        <translation>Pietų Europos, Latin-3</translation>
    </message>
    <message>
        <source>Baltic, Latin-4</source>
        <translation>Baltijos, Latin-4</translation>
    </message>
    <message>
        <source>Turkish, Latin-5</source>
        <translation>Turkų, Latin-5</translation>
    </message>
    <message>
        <source>Western European with €, Latin-9</source>
        <translation>Vakarų Europos su €, Latin-9</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kirilica</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabų</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Graikų</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebrajų</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tajų</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>Kinų (GB18030)</translation>
    </message>
    <message>
        <source>Chinese (GBK)</source>
        <translation>Kinų (GBK)</translation>
    </message>
    <message>
        <source>Automatic: plain text, else Unicode (UTF-8)</source>
        <translation>Automatiškai: paprastas tekstas, kitaip Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Photograph (external camera)</source>
        <translation>Nuotrauka (išorinis fotoaparatas)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation>Endoskopija</translation>
    </message>
    <message>
        <source>Microscopy</source>
        <translation>Mikroskopija</translation>
    </message>
    <message>
        <source>Slide microscopy</source>
        <translation>Preparatų mikroskopija</translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation>Akies nuotrauka</translation>
    </message>
    <message>
        <source>Diaphanography</source>
        <translation>Diafanografija</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultragarsas</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>EKG</translation>
    </message>
    <message>
        <source>Intra-oral X-ray</source>
        <translation>Intraoralinė rentgenograma</translation>
    </message>
    <message>
        <source>Panoramic X-ray</source>
        <translation>Panoraminė rentgenograma</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>KT</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>X-ray (CR)</source>
        <translation>Rentgenograma (CR)</translation>
    </message>
    <message>
        <source>X-ray (DX)</source>
        <translation>Rentgenograma (DX)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clinical photograph (VL Photographic Image)</source>
        <translation>Klinikinė nuotrauka (VL Photographic Image)</translation>
    </message>
    <message>
        <source>Scan or screenshot (Secondary Capture Image)</source>
        <translation>Skenuotas vaizdas ar ekrano kopija (Secondary Capture Image)</translation>
    </message>
    <message>
        <source>Endoscopy video (Video Endoscopic Image)</source>
        <translation>Endoskopijos vaizdo įrašas (Video Endoscopic Image)</translation>
    </message>
    <message>
        <source>Microscopy video (Video Microscopic Image)</source>
        <translation>Mikroskopijos vaizdo įrašas (Video Microscopic Image)</translation>
    </message>
    <message>
        <source>Camera video (Video Photographic Image)</source>
        <translation>Kameros vaizdo įrašas (Video Photographic Image)</translation>
    </message>
    <message>
        <source>MPEG-2, standard definition (for older PACS)</source>
        <translation>MPEG-2, standartinė raiška (senesniems PACS)</translation>
    </message>
    <message>
        <source>MPEG-2, high definition</source>
        <translation>MPEG-2, didelė raiška</translation>
    </message>
    <message>
        <source>H.264 up to Full HD (every video made this)</source>
        <translation>H.264 iki Full HD (tinka bet kuriam vaizdo įrašui)</translation>
    </message>
    <message>
        <source>H.264 in Blu-ray sizes</source>
        <translation>H.264 Blu-ray dydžiais</translation>
    </message>
    <message>
        <source>Automatic: keep what DICOM takes as it is, else H.264</source>
        <translation>Automatiškai: tai, ką DICOM priima, palikti kaip yra, kitaip H.264</translation>
    </message>
    <message>
        <source>Trusted certificate, any host name (exception)</source>
        <translation>Patikimas sertifikatas, bet koks mazgo vardas (išimtis)</translation>
    </message>
    <message>
        <source>Any certificate: encrypted but not checked (exception)</source>
        <translation>Bet koks sertifikatas: šifruojama, bet netikrinama (išimtis)</translation>
    </message>
    <message>
        <source>Trusted certificate issued to this host (recommended)</source>
        <translation>Patikimas sertifikatas, išduotas šiam mazgui (rekomenduojama)</translation>
    </message>
    <message>
        <source>BCP 195 (TLS 1.2 or later)</source>
        <translation>BCP 195 (TLS 1.2 ar naujesnis)</translation>
    </message>
    <message>
        <source>BCP 195 extended (strongest ciphers only)</source>
        <translation>BCP 195 išplėstinis (tik stipriausi šifrai)</translation>
    </message>
    <message>
        <source>BCP 195, non-downgrading (recommended)</source>
        <translation>BCP 195, be versijos žeminimo (rekomenduojama)</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Naudotojo vardas ir slaptažodis</translation>
    </message>
    <message>
        <source>Access token (Bearer)</source>
        <translation>Prieigos raktas (Bearer)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Be prisijungimo</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Ištrinti failą</translation>
    </message>
    <message>
        <source>Move it to another folder</source>
        <translation>Perkelti jį į kitą aplanką</translation>
    </message>
    <message>
        <source>Leave it where it is</source>
        <translation>Palikti ten, kur yra</translation>
    </message>
    <message>
        <source>Patient Root</source>
        <translation>Patient Root (pagal pacientą)</translation>
    </message>
    <message>
        <source>Study Root</source>
        <translation>Study Root (pagal tyrimą)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientų</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Tyrimų</translation>
    </message>
</context>
<context>
    <name>pacsdrop::AboutDialog</name>
    <message>
        <source>About PacsDrop</source>
        <translation>Apie PacsDrop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PacsDrop %1&lt;/h2&gt;&lt;p&gt;Gets clinical files into a PACS.&lt;br&gt;Built %2 with Qt %3 on %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PacsDrop %1&lt;/h2&gt;&lt;p&gt;Perkelia klinikinius failus į PACS.&lt;br&gt;Sukompiliuota %2 su Qt %3 sistemoje %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where things are&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Kur kas laikoma&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Siuntimo eilė</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Žurnalai</translation>
    </message>
    <message>
        <source>Converted files</source>
        <translation>Konvertuoti failai</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built on&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Sukurta naudojant&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ConnectionCheck</name>
    <message>
        <source>Check connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Checking the connection to &apos;%1&apos;…</source>
        <translation>Tikrinamas ryšys su „%1“…</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateField</name>
    <message>
        <source>Type the date as %1, or pick it from the calendar.</source>
        <translation>Įveskite datą taip: %1, arba pasirinkite ją kalendoriuje.</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Pasirinkti kalendoriuje</translation>
    </message>
    <message>
        <source>not a date; write it as %1</source>
        <translation>tai ne data; rašykite taip: %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DateRangeField</name>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Vakar</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Bet kuri data</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Nuo…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DeviceForm</name>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation>pvz., Radiologijos PACS</translation>
    </message>
    <message>
        <source>from the PACS&apos;s IT, e.g. RADPACS</source>
        <translation>sužinokite iš PACS IT skyriaus, pvz., RADPACS</translation>
    </message>
    <message>
        <source>name or address, e.g. pacs.hospital.local</source>
        <translation>vardas arba adresas, pvz., pacs.hospital.local</translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation>%1 (šio kompiuterio)</translation>
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
        <translation> B</translation>
    </message>
    <message>
        <source>Preselect it in the window</source>
        <translation>Lange parinkti jį iš anksto</translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS</source>
        <translation>Šifruoti ryšį naudojant TLS</translation>
    </message>
    <message>
        <source>Decompress a file the PACS does not take compressed</source>
        <translation>Išskleisti suspaustą failą, jei PACS tokio nepriima</translation>
    </message>
    <message>
        <source>Ask the PACS to confirm it keeps every file (Storage Commitment)</source>
        <translation>Prašyti PACS patvirtinti, kad saugo kiekvieną failą (Storage Commitment)</translation>
    </message>
    <message>
        <source>Send again what the PACS does not confirm</source>
        <translation>Iš naujo siųsti tai, ko PACS nepatvirtina</translation>
    </message>
    <message>
        <source>Check afterwards that the PACS has every file (query)</source>
        <translation>Po siuntimo patikrinti, ar PACS turi kiekvieną failą (užklausa)</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate</source>
        <translation>Šio kompiuterio sertifikatas</translation>
    </message>
    <message>
        <source>Its private key</source>
        <translation>Jo privatusis raktas</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Patikimi CA sertifikatai</translation>
    </message>
    <message>
        <source>DICOM address</source>
        <translation>DICOM adresas</translation>
    </message>
    <message>
        <source>DICOMweb</source>
        <translation>DICOMweb</translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation>Saugumas (TLS)</translation>
    </message>
    <message>
        <source>New PACS device</source>
        <translation>Naujas PACS įrenginys</translation>
    </message>
    <message>
        <source>PACS device &apos;%1&apos;</source>
        <translation>PACS įrenginys „%1“</translation>
    </message>
    <message>
        <source>DICOM (C-STORE)</source>
        <translation>DICOM (C-STORE)</translation>
    </message>
    <message>
        <source>DICOMweb (STOW-RS over HTTP)</source>
        <translation>DICOMweb (STOW-RS per HTTP)</translation>
    </message>
    <message>
        <source>As set in Main (automatic unless chosen there)</source>
        <translation>Kaip nustatyta skiltyje „Pagrindiniai“ (automatiškai, jei ten nepasirinkta)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Ryšys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Sends with</source>
        <translation>Siuntimo būdas</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE pavadinimas</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Mazgas</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation>PacsDrop prisistato kaip</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresas (URL)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Slaptažodis arba prieigos raktas</translation>
    </message>
    <message>
        <source>Files per request</source>
        <translation>Failų per užklausą</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Rakto slaptafrazė</translation>
    </message>
    <message>
        <source>Check the PACS&apos;s certificate</source>
        <translation>Tikrinti PACS sertifikatą</translation>
    </message>
    <message>
        <source>TLS profile</source>
        <translation>TLS profilis</translation>
    </message>
    <message>
        <source>Delivery policy</source>
        <translation>Siuntimo taisyklės</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>Ryšių vienu metu</translation>
    </message>
    <message>
        <source>Attempts (service and watched folders)</source>
        <translation>Bandymų skaičius (tarnyba ir stebimi aplankai)</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Pirmas pakartojimas po</translation>
    </message>
    <message>
        <source>Retries at most every</source>
        <translation>Ilgiausias tarpas tarp pakartojimų</translation>
    </message>
    <message>
        <source>Pause between files</source>
        <translation>Pauzė tarp failų</translation>
    </message>
    <message>
        <source>Speed limit per connection (0: none)</source>
        <translation>Greičio riba vienam ryšiui (0: be ribos)</translation>
    </message>
    <message>
        <source>Character set of converted files</source>
        <translation>Konvertuotų failų koduotė</translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation>Laukti prisijungimo</translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation>Laukti asociacijos</translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation>Laukti kiekvieno atsakymo</translation>
    </message>
    <message>
        <source>Largest message received (PDU)</source>
        <translation>Didžiausias gaunamas pranešimas (PDU)</translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation>Išsaugojimo patvirtinimas</translation>
    </message>
    <message>
        <source>Wait for the confirmation</source>
        <translation>Laukti patvirtinimo</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nenustatyta</translation>
    </message>
    <message>
        <source>set (stored sealed); type to replace</source>
        <translation>nustatyta (saugoma užšifruota); įveskite naują, jei norite pakeisti</translation>
    </message>
    <message>
        <source>none (the key is not encrypted)</source>
        <translation>nėra (raktas nešifruotas)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>privaloma užpildyti</translation>
    </message>
    <message>
        <source>required: the DICOMweb address, e.g. https://pacs.example/dicom-web</source>
        <translation>privaloma: DICOMweb adresas, pvz., https://pacs.example/dicom-web</translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation>kitas įrenginys jau pavadintas „%1“</translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation>Pirmiausia ištaisykite nurodytas klaidas.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::DevicesPage</name>
    <message>
        <source>Where files are sent. The default device is preselected in the window.</source>
        <translation>Kur siunčiami failai. Numatytasis įrenginys lange parenkamas iš anksto.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>įrenginys %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Įrenginiai</translation>
    </message>
    <message>
        <source>Encrypted (HTTPS)</source>
        <translation>Šifruojama (HTTPS)</translation>
    </message>
    <message>
        <source>Not encrypted (HTTP)</source>
        <translation>Nešifruojama (HTTP)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nešifruojama</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Šifruojama (TLS)</translation>
    </message>
    <message>
        <source>Encrypted (TLS), certificate check relaxed</source>
        <translation>Šifruojama (TLS), sušvelnintas sertifikato tikrinimas</translation>
    </message>
    <message>
        <source>Storage Commitment</source>
        <translation>Storage Commitment</translation>
    </message>
    <message>
        <source>checked by query</source>
        <translation>tikrinama užklausa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Saugumas</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Numatytasis</translation>
    </message>
    <message>
        <source>Proof of storage</source>
        <translation>Išsaugojimo patvirtinimas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove the device &apos;%1&apos;? Files waiting for it stay in the outbox until it is added again.</source>
        <translation>Pašalinti įrenginį „%1“? Jam skirti laukiantys failai liks siuntimo eilėje, kol jis vėl bus pridėtas.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
</context>
<context>
    <name>pacsdrop::EmptyState</name>
    <message>
        <source>Drop files or folders here</source>
        <translation>Nutempkite failus ar aplankus čia</translation>
    </message>
    <message>
        <source>Photos, scans, PDFs, videos and DICOM files — or a CD&apos;s DICOMDIR.</source>
        <translation>Nuotraukos, skenuoti vaizdai, PDF, vaizdo įrašai ir DICOM failai — arba kompaktinio disko DICOMDIR.</translation>
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
        <translation>Pacientas %1 iš %2 šiame sąraše</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Tyrimas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Vaizdas</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vaizdo įrašas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>PacsDrop asks for the patient when you send this file.</source>
        <translation>Siunčiant šį failą, PacsDrop paklaus, kuriam pacientui jis priklauso.</translation>
    </message>
    <message>
        <source>Stored as: %1, patient ID %2</source>
        <translation>Įrašyta: %1, paciento ID %2</translation>
    </message>
    <message>
        <source>Study date as stored: %1</source>
        <translation>Įrašyta tyrimo data: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Kitas bandymas – %1.</translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation>IT skyriui: %1</translation>
    </message>
</context>
<context>
    <name>pacsdrop::HotFolderForm</name>
    <message>
        <source>Folder to watch</source>
        <translation>Stebimas aplankas</translation>
    </message>
    <message>
        <source>Also watch its subfolders</source>
        <translation>Stebėti ir jo poaplankius</translation>
    </message>
    <message>
        <source>Folder for sent files</source>
        <translation>Aplankas išsiųstiems failams</translation>
    </message>
    <message>
        <source>New watched folder</source>
        <translation>Naujas stebimas aplankas</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Stebimas aplankas</translation>
    </message>
    <message>
        <source>DICOM files only</source>
        <translation>Tik DICOM failus</translation>
    </message>
    <message>
        <source>Also photos, scans, PDFs and videos, for this patient:</source>
        <translation>Taip pat nuotraukas, skenuotus vaizdus, PDF ir vaizdo įrašus, šiam pacientui:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Stebėti</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Siųsti į</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation>Pacientas ir tyrimas</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Po siuntimo</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Tada</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Perkelti į</translation>
    </message>
    <message>
        <source>A file is complete when unchanged for</source>
        <translation>Failas laikomas užbaigtu, kai nesikeičia</translation>
    </message>
    <message>
        <source>Look for new files every</source>
        <translation>Naujų failų ieškoti kas</translation>
    </message>
    <message>
        <source>The PacsDrop service (pacsdrop serve) watches these folders.</source>
        <translation>Šiuos aplankus stebi PacsDrop tarnyba (pacsdrop serve).</translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupDeviceForm</name>
    <message>
        <source>e.g. RIS worklist</source>
        <translation>pvz., RIS darbų sąrašas</translation>
    </message>
    <message>
        <source>e.g. Radiology PACS</source>
        <translation>pvz., Radiologijos PACS</translation>
    </message>
    <message>
        <source>%1 (this workstation&apos;s)</source>
        <translation>%1 (šio kompiuterio)</translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation>pvz., XC</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>pvz., %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Worklist device</source>
        <translation>Darbų sąrašo įrenginys</translation>
    </message>
    <message>
        <source>PACS to search</source>
        <translation>PACS paieškai</translation>
    </message>
    <message>
        <source>Plain text (ASCII) only</source>
        <translation>Tik paprastas tekstas (ASCII)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Bet kuri data</translation>
    </message>
    <message>
        <source>These dates (YYYYMMDD-YYYYMMDD):</source>
        <translation>Šios datos (YYYYMMDD-YYYYMMDD):</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Ryšys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE pavadinimas</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Mazgas</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>PacsDrop calls as</source>
        <translation>PacsDrop prisistato kaip</translation>
    </message>
    <message>
        <source>Wait for the connection</source>
        <translation>Laukti prisijungimo</translation>
    </message>
    <message>
        <source>Wait for the association</source>
        <translation>Laukti asociacijos</translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation>Laukti kiekvieno atsakymo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atsakymai</translation>
    </message>
    <message>
        <source>Character set when the answer names none</source>
        <translation>Koduotė, jei atsakyme ji nenurodyta</translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation>Paieškos pradinės reikšmės</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalumas</translation>
    </message>
    <message>
        <source>Scheduled station (AE title)</source>
        <translation>Suplanuota stotis (AE pavadinimas)</translation>
    </message>
    <message>
        <source>Query model</source>
        <translation>Užklausos modelis</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Ko ieškoti</translation>
    </message>
    <message>
        <source>another device is already called &quot;%1&quot;</source>
        <translation>kitas įrenginys jau pavadintas „%1“</translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation>Pirmiausia ištaisykite nurodytas klaidas.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::LookupResultsModel</name>
    <message>
        <source>Stored as: %1</source>
        <translation>Įrašyta: %1</translation>
    </message>
    <message>
        <source>Stored as: %1 %2</source>
        <translation>Įrašyta: %1 %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Gimimo data</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Lytis</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Užsakymo nr.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Suplanuota</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Tyrimo data</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalumas</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedūra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainPage</name>
    <message>
        <source>Remove sent files from the list</source>
        <translation>Pašalinti išsiųstus failus iš sąrašo</translation>
    </message>
    <message>
        <source>Also store PDF pages as images</source>
        <translation>PDF puslapius išsaugoti ir kaip vaizdus</translation>
    </message>
    <message>
        <source>Keep converted files after sending (otherwise removed once delivered)</source>
        <translation>Po siuntimo palikti konvertuotus failus (kitaip jie pašalinami, kai pristatomi)</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>be nuostolių</translation>
    </message>
    <message>
        <source>e.g. XC, OT, ES, DOC</source>
        <translation>pvz., XC, OT, ES, DOC</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Įstaigos pavadinimas</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Stoties pavadinimas</translation>
    </message>
    <message>
        <source>Local AE title</source>
        <translation>Vietinis AE pavadinimas</translation>
    </message>
    <message>
        <source>Modalities offered</source>
        <translation>Siūlomi modalumai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Images become</source>
        <translation>Vaizdai įrašomi kaip</translation>
    </message>
    <message>
        <source>JPEG quality for lossless inputs</source>
        <translation>JPEG kokybė vaizdams be nuostolių</translation>
    </message>
    <message>
        <source>Videos become</source>
        <translation>Vaizdo įrašai įrašomi kaip</translation>
    </message>
    <message>
        <source>Video format</source>
        <translation>Vaizdo įrašų formatas</translation>
    </message>
    <message>
        <source>Character set written</source>
        <translation>Rašoma koduotė</translation>
    </message>
    <message>
        <source>Largest picture (pixels)</source>
        <translation>Didžiausias vaizdas (pikseliai)</translation>
    </message>
    <message>
        <source>Most pages</source>
        <translation>Daugiausia puslapių</translation>
    </message>
    <message>
        <source>Most video frames</source>
        <translation>Daugiausia vaizdo kadrų</translation>
    </message>
    <message>
        <source>Largest file (MB)</source>
        <translation>Didžiausias failas (MB)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pagrindiniai</translation>
    </message>
    <message>
        <source>Local AE title: %1</source>
        <translation>Vietinis AE pavadinimas: %1</translation>
    </message>
    <message>
        <source>Limits: whole positive numbers; the largest file at most %1 MB</source>
        <translation>Ribos: teigiami sveikieji skaičiai; didžiausias failas – ne daugiau kaip %1 MB</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kaip sistemoje</translation>
    </message>
    <message>
        <source>File name ending</source>
        <translation>Failo vardo pabaiga</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Įrašomas kaip</translation>
    </message>
    <message>
        <source>Modality codes offered in the patient dialog, the first one preselected: XC photographs, ES endoscopy, DOC documents, OT other.</source>
        <translation>Paciento lange siūlomi modalumų kodai, pirmasis parenkamas iš anksto: XC – nuotraukos, ES – endoskopija, DOC – dokumentai, OT – kita.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Šis kompiuteris</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Langas</translation>
    </message>
    <message>
        <source>Free-text field stored as</source>
        <translation>Laisvo teksto laukas įrašomas kaip</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs</source>
        <translation>Nuotraukos, skenuoti vaizdai ir PDF</translation>
    </message>
    <message>
        <source>…except files ending in</source>
        <translation>…išskyrus failus, kurių vardas baigiasi</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vaizdo įrašai</translation>
    </message>
    <message>
        <source>Limits (larger files are refused)</source>
        <translation>Ribos (didesni failai atmetami)</translation>
    </message>
    <message>
        <source>Photos, scans, PDFs and videos get their patient only from the worklist</source>
        <translation>Nuotraukų, skenuotų vaizdų, PDF ir vaizdo įrašų pacientas imamas tik iš darbų sąrašo</translation>
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
        <translation>Kur siunčiami failai</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Pridėti failus…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Pridėti failus</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Pridėti aplanką…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Pridėti aplanką</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Kartoti nepavykusius</translation>
    </message>
    <message>
        <source> Send to: </source>
        <translation> Siųsti į: </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nustatymai…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n failas</numerusform>
            <numerusform>%n failai</numerusform>
            <numerusform>%n failų</numerusform>
        </translation>
    </message>
    <message>
        <source>Unencrypted</source>
        <translation>Nešifruota</translation>
    </message>
    <message>
        <source>Files are still being sent. Stop after the current file and close? The rest stays in the outbox and is sent next time.</source>
        <translation>Failai dar siunčiami. Sustabdyti po dabartinio failo ir uždaryti? Likę failai liks siuntimo eilėje ir bus išsiųsti kitą kartą.</translation>
    </message>
    <message>
        <source>Open the outbox and history</source>
        <translation>Atverti siuntimo eilę ir istoriją</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nepavyko</numerusform>
            <numerusform>%n nepavyko</numerusform>
            <numerusform>%n nepavyko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>Siuntimo eilė: niekas nelaukia</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Siuntimo eilė: %1</translation>
    </message>
    <message>
        <source>No PACS is set up yet: add one in Settings → Devices.</source>
        <translation>Dar nenustatytas nė vienas PACS: pridėkite jį skiltyje „Nustatymai → Įrenginiai“.</translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation>skaitomi failai…</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>paruošta: %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>išsiųsta: %1</translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation>dar neišsiųsta: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>nepavyko: %1</translation>
    </message>
    <message>
        <source>files of %1 different patients</source>
        <translation>skirtingų pacientų: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent.</source>
        <translation>
            <numerusform>Nepavyko išsiųsti %n failo.</numerusform>
            <numerusform>Nepavyko išsiųsti %n failų.</numerusform>
            <numerusform>Nepavyko išsiųsti %n failų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not sent yet.</source>
        <translation>
            <numerusform>Dar neišsiųstas %n failas.</numerusform>
            <numerusform>Dar neišsiųsti %n failai.</numerusform>
            <numerusform>Dar neišsiųsta %n failų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?</source>
        <translation>
            <numerusform>Siuntimo eilėje dar laukia %n failas. Toliau siųsti fone ir uždarius langą, taip pat kai PACS vėl veiks?</numerusform>
            <numerusform>Siuntimo eilėje dar laukia %n failai. Toliau siųsti fone ir uždarius langą, taip pat kai PACS vėl veiks?</numerusform>
            <numerusform>Siuntimo eilėje dar laukia %n failų. Toliau siųsti fone ir uždarius langą, taip pat kai PACS vėl veiks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Pašalinti iš sąrašo</translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation>Siuntimo eilė ir istorija…</translation>
    </message>
    <message>
        <source>About PacsDrop</source>
        <translation>Apie PacsDrop</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Tamsi išvaizda</translation>
    </message>
    <message>
        <source>Fit columns to their content</source>
        <translation>Pritaikyti stulpelių plotį turiniui</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Siųsti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Nustatymai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed, %1 not sent yet.</source>
        <translation>
            <numerusform>Nepavyko išsiųsti %n failo, dar neišsiųsta: %1.</numerusform>
            <numerusform>Nepavyko išsiųsti %n failų, dar neišsiųsta: %1.</numerusform>
            <numerusform>Nepavyko išsiųsti %n failų, dar neišsiųsta: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Siuntimo eilė</translation>
    </message>
</context>
<context>
    <name>pacsdrop::MonitorPage</name>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Po siuntimo</translation>
    </message>
    <message>
        <source>Files that appear in these folders are sent by the PacsDrop service (pacsdrop serve) once they are complete.</source>
        <translation>Šiuose aplankuose atsiradusius failus PacsDrop tarnyba (pacsdrop serve) išsiunčia, kai jie būna visiškai įrašyti.</translation>
    </message>
    <message>
        <source>watched folder %1</source>
        <translation>stebimas aplankas %1</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Stebėjimas</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Siųsti į</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas siunčiama</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>Nebestebėti %1?</translation>
    </message>
    <message>
        <source>DICOM files</source>
        <translation>DICOM failai</translation>
    </message>
    <message>
        <source>DICOM and other files</source>
        <translation>DICOM ir kiti failai</translation>
    </message>
</context>
<context>
    <name>pacsdrop::Notifier</name>
    <message>
        <source>Show PacsDrop</source>
        <translation>Rodyti PacsDrop</translation>
    </message>
    <message>
        <source>Outbox and history…</source>
        <translation>Siuntimo eilė ir istorija…</translation>
    </message>
    <message>
        <source>PacsDrop</source>
        <translation>PacsDrop</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Failai išsiųsti</translation>
    </message>
    <message>
        <source>Files not sent</source>
        <translation>Failai neišsiųsti</translation>
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
        <translation>IT skyriui: %1</translation>
    </message>
    <message>
        <source>Recorded %1, last change %2</source>
        <translation>Įrašyta %1, paskutinis pakeitimas %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Išsiųsta į</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Bandymai</translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxView</name>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Pašalinti…</translation>
    </message>
    <message>
        <source>Outbox and history</source>
        <translation>Siuntimo eilė ir istorija</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Nuo vakar</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Viskas</translation>
    </message>
    <message>
        <source>Not sent (failed or waiting)</source>
        <translation>Neišsiųsta (nepavyko arba laukia)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Find a patient, file or PACS</source>
        <translation>Ieškoti paciento, failo ar PACS</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Laikotarpis:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rodyti:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Skaitoma siuntimo eilė…</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; choose a shorter period for older ones.</source>
        <translation>Rodoma %1 naujausių įrašų; norėdami matyti senesnius, pasirinkite trumpesnį laikotarpį.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n įrašas</numerusform>
            <numerusform>%n įrašai</numerusform>
            <numerusform>%n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>For IT: %1</source>
        <translation>IT skyriui: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.</source>
        <translation>
            <numerusform>Pašalinti %n įrašą iš siuntimo eilės? Dar neišsiųsti failai tada nebus išsiųsti.</numerusform>
            <numerusform>Pašalinti %n įrašus iš siuntimo eilės? Dar neišsiųsti failai tada nebus išsiųsti.</numerusform>
            <numerusform>Pašalinti %n įrašų iš siuntimo eilės? Dar neišsiųsti failai tada nebus išsiųsti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the history?</source>
        <translation>
            <numerusform>Pašalinti %n įrašą iš istorijos?</numerusform>
            <numerusform>Pašalinti %n įrašus iš istorijos?</numerusform>
            <numerusform>Pašalinti %n įrašų iš istorijos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>files or folders, separated by ;</source>
        <translation>failai arba aplankai, atskirti ;</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientDialog</name>
    <message>
        <source>female</source>
        <translation>moteris</translation>
    </message>
    <message>
        <source>male</source>
        <translation>vyras</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Lytis</translation>
    </message>
    <message>
        <source>Type in instead</source>
        <translation>Įvesti ranka</translation>
    </message>
    <message>
        <source>Patient and study</source>
        <translation>Pacientas ir tyrimas</translation>
    </message>
    <message>
        <source>Whose are these files? They go into this patient&apos;s record in the PACS.</source>
        <translation>Kieno šie failai? Jie pateks į šio paciento įrašą PACS.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientas</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <source>required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.)</source>
        <translation>Titulas (dr., prof.)</translation>
    </message>
    <message>
        <source>Suffix (Jr., III)</source>
        <translation>Priesaga (jn., III)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Gimimo data</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Tyrimas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>e.g. Wound, left forearm</source>
        <translation>pvz., žaizda, kairysis dilbis</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Užsakymo numeris</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Siuntęs gydytojas</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Pavardė, vardas</translation>
    </message>
    <message>
        <source>Kind of images (modality)</source>
        <translation>Vaizdų rūšis (modalumas)</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Įrašoma kaip %1</translation>
    </message>
    <message>
        <source>Find in worklist or PACS…</source>
        <translation>Ieškoti darbų sąraše ar PACS…</translation>
    </message>
    <message>
        <source>No worklist or PACS to search is set up (Settings → Worklist).</source>
        <translation>Nenustatytas nei darbų sąrašas, nei PACS paieškai (Nustatymai → Darbų sąrašas).</translation>
    </message>
    <message>
        <source>Use for these files</source>
        <translation>Naudoti šiems failams</translation>
    </message>
    <message>
        <source>At this site, the patient comes from the worklist only: use &quot;Find in worklist or PACS…&quot;.</source>
        <translation>Šioje įstaigoje pacientas imamas tik iš darbų sąrašo: naudokite „Ieškoti darbų sąraše ar PACS…“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ir dar %n</numerusform>
            <numerusform>%1 ir dar %n</numerusform>
            <numerusform>%1 ir dar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n file(s): %1</source>
        <translation>
            <numerusform>%n failas: %1</numerusform>
            <numerusform>%n failai: %1</numerusform>
            <numerusform>%n failų: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient and study from %1, copied as they are there.</source>
        <translation>Pacientas ir tyrimas paimti iš %1 tokie, kokie ten įrašyti.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Ieškoti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stabdyti</translation>
    </message>
    <message>
        <source>Find the patient</source>
        <translation>Rasti pacientą</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Kur ieškoti</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Paciento vardas</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Paciento ID</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Užsakymo numeris</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalumas</translation>
    </message>
    <message>
        <source>Use this patient</source>
        <translation>Naudoti šį pacientą</translation>
    </message>
    <message>
        <source>No worklist or query device is configured (Settings → Worklist).</source>
        <translation>Nenustatytas nei darbų sąrašas, nei PACS paieškai (Nustatymai → Darbų sąrašas).</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Ieškoma: %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>rastas %n</numerusform>
            <numerusform>rasti %n</numerusform>
            <numerusform>rasta %n</numerusform>
        </translation>
    </message>
    <message>
        <source> — more results than shown; narrow the search</source>
        <translation> — rezultatų daugiau, nei rodoma; susiaurinkite paiešką</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — sustabdyta</translation>
    </message>
    <message>
        <source>; some answers could not be read: %1</source>
        <translation>; kai kurių atsakymų nepavyko perskaityti: %1</translation>
    </message>
    <message>
        <source>no result chosen</source>
        <translation>nepasirinktas joks rezultatas</translation>
    </message>
    <message>
        <source>Worklist &apos;%1&apos; (scheduled patients)</source>
        <translation>Darbų sąrašas „%1“ (suplanuoti pacientai)</translation>
    </message>
    <message>
        <source>PACS &apos;%1&apos; (existing studies)</source>
        <translation>PACS „%1“ (esami tyrimai)</translation>
    </message>
    <message>
        <source>family name, e.g. Müller* (* matches anything)</source>
        <translation>pavardė, pvz., Petrausk* (* atitinka bet ką)</translation>
    </message>
    <message>
        <source>e.g. XC</source>
        <translation>pvz., XC</translation>
    </message>
    <message>
        <source>the worklist &apos;%1&apos;</source>
        <translation>darbų sąrašo „%1“</translation>
    </message>
    <message>
        <source>the PACS &apos;%1&apos;</source>
        <translation>PACS „%1“</translation>
    </message>
</context>
<context>
    <name>pacsdrop::PreviewPane</name>
    <message>
        <source>Reading…</source>
        <translation>Skaitoma…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Vaizdo nėra</translation>
    </message>
    <message>
        <source>Previous page or frame</source>
        <translation>Ankstesnis puslapis ar kadras</translation>
    </message>
    <message>
        <source>Next page or frame</source>
        <translation>Kitas puslapis ar kadras</translation>
    </message>
    <message>
        <source>Values as stored</source>
        <translation>Įrašytos reikšmės</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Pasirinkite failą, kad jį čia pamatytumėte.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProblemBar</name>
    <message>
        <source>Retry now</source>
        <translation>Kartoti dabar</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Išsamiau…</translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation>Informacija IT skyriui</translation>
    </message>
    <message>
        <source>The technical reasons are below; the outbox view shows every file.</source>
        <translation>Techninės priežastys nurodytos žemiau; siuntimo eilės lange matomi visi failai.</translation>
    </message>
</context>
<context>
    <name>pacsdrop::ProgressDialog</name>
    <message>
        <source>Sending</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Sustabdoma po dabartinio failo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Sending to &apos;%1&apos;…</source>
        <translation>Siunčiama į „%1“…</translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation>Sustabdyti po šio failo</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Kartoti dabar</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v iš %m failų</translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation>Informacija IT skyriui</translation>
    </message>
    <message>
        <source>Files done: %1 of %2</source>
        <translation>Baigta failų: %1 iš %2</translation>
    </message>
    <message>
        <source>This file: %1 — %2 of %3</source>
        <translation>Šis failas: %1 — %2 iš %3</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordList</name>
    <message>
        <source>Add…</source>
        <translation>Pridėti…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>pacsdrop::RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SendController</name>
    <message>
        <source>delivered %1 of %2 files</source>
        <translation>pristatyta %1 iš %2 failų</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n nepavyko</numerusform>
            <numerusform>, %n nepavyko</numerusform>
            <numerusform>, %n nepavyko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left in the outbox</source>
        <translation>
            <numerusform>, %n liko siuntimo eilėje</numerusform>
            <numerusform>, %n liko siuntimo eilėje</numerusform>
            <numerusform>, %n liko siuntimo eilėje</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT KEPT %1: %2</source>
        <translation>NEIŠSAUGOTA %1: %2</translation>
    </message>
    <message>
        <source>cannot convert %1: %2</source>
        <translation>nepavyksta konvertuoti %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>converted %1 (%n object(s))</source>
        <translation>
            <numerusform>konvertuota %1 (%n objektas)</numerusform>
            <numerusform>konvertuota %1 (%n objektai)</numerusform>
            <numerusform>konvertuota %1 (%n objektų)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation>
            <numerusform>taip pat siunčiamas %n failas, likęs nuo ankstesnio paleidimo</numerusform>
            <numerusform>taip pat siunčiami %n failai, likę nuo ankstesnio paleidimo</numerusform>
            <numerusform>taip pat siunčiama %n failų, likusių nuo ankstesnio paleidimo</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation>neišsiųsta: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>sending %n file(s) to %1</source>
        <translation>
            <numerusform>siunčiamas %n failas į %1</numerusform>
            <numerusform>siunčiami %n failai į %1</numerusform>
            <numerusform>siunčiama %n failų į %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot send %n file(s) to %1: %2</source>
        <translation>
            <numerusform>nepavyksta išsiųsti %n failo į %1: %2</numerusform>
            <numerusform>nepavyksta išsiųsti %n failų į %1: %2</numerusform>
            <numerusform>nepavyksta išsiųsti %n failų į %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>The PACS &apos;%1&apos; stored this file with a warning.</source>
        <translation>PACS „%1“ išsaugojo šį failą su įspėjimu.</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ĮSPĖJIMAS</translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation>NEIŠSIŲSTA</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>LAUKIA</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NEPAVYKO</translation>
    </message>
    <message>
        <source>another PacsDrop is sending from this outbox; waiting for it</source>
        <translation>kita PacsDrop programa siunčia iš šios siuntimo eilės; laukiama, kol ji baigs</translation>
    </message>
    <message>
        <source>Sent; waiting for the PACS &apos;%1&apos; to confirm that it keeps it.</source>
        <translation>Išsiųsta; laukiama, kol PACS „%1“ patvirtins, kad jį saugo.</translation>
    </message>
    <message>
        <source>Sent, and the PACS &apos;%1&apos; confirmed that it keeps it.</source>
        <translation>Išsiųsta, ir PACS „%1“ patvirtino, kad jį saugo.</translation>
    </message>
    <message>
        <source>committed (Storage Commitment)</source>
        <translation>patvirtinta (Storage Commitment)</translation>
    </message>
    <message>
        <source>Sent, and found on the PACS &apos;%1&apos; afterwards.</source>
        <translation>Išsiųsta, ir vėliau rasta PACS „%1“.</translation>
    </message>
    <message>
        <source>verified by a query after sending</source>
        <translation>po siuntimo patikrinta užklausa</translation>
    </message>
</context>
<context>
    <name>pacsdrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
</context>
<context>
    <name>pacsdrop::WorklistPage</name>
    <message>
        <source>worklist device %1</source>
        <translation>darbų sąrašo įrenginys %1</translation>
    </message>
    <message>
        <source>query device %1</source>
        <translation>paieškos įrenginys %1</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Darbų sąrašas</translation>
    </message>
    <message>
        <source>Modality Worklist (the patients scheduled for this workstation):</source>
        <translation>Darbų sąrašas, Modality Worklist (šiam kompiuteriui suplanuoti pacientai):</translation>
    </message>
    <message>
        <source>PACS to search (existing studies to add files to):</source>
        <translation>PACS paieškai (esami tyrimai, prie kurių galima pridėti failų):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Koduotė</translation>
    </message>
    <message>
        <source>Search starts with</source>
        <translation>Paieškos pradinės reikšmės</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>Pašalinti „%1“?</translation>
    </message>
    <message>
        <source>today</source>
        <translation>šiandien</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>bet kuri data</translation>
    </message>
</context>
</TS>
