<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>PreviewKinds</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message numerus="yes">
        <source>All %n file(s) were sent to '%1'.</source>
        <translation><numerusform>The file was sent to '%1'.</numerusform><numerusform>All %n files were sent to '%1'.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files reached '%1'.</source>
        <translation><numerusform>The file did not reach '%1'.</numerusform><numerusform>None of the %n files reached '%1'.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n files reached '%2'.</source>
        <translation><numerusform>Only %1 of the %n file reached '%2'.</numerusform><numerusform>Only %1 of the %n files reached '%2'.</numerusform></translation>
    </message>
</context>
<context>
    <name>pacsdrop::MainWindow</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent.</source>
        <translation><numerusform>%n file could not be sent.</numerusform><numerusform>%n files could not be sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not sent yet.</source>
        <translation><numerusform>%n file not sent yet.</numerusform><numerusform>%n files not sent yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?</source>
        <translation><numerusform>%n file is still waiting in the outbox. Keep sending it in the background after the window closes, also when the PACS is back later?</numerusform><numerusform>%n files are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed, %1 not sent yet.</source>
        <translation><numerusform>%n file failed, %1 not sent yet.</numerusform><numerusform>%n files failed, %1 not sent yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>pacsdrop::OutboxView</name>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.</source>
        <translation><numerusform>Remove %n entry from the outbox? A file not sent yet will then not be sent.</numerusform><numerusform>Remove %n entries from the outbox? Files not sent yet will then not be sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entr(y/ies) from the history?</source>
        <translation><numerusform>Remove %n entry from the history?</numerusform><numerusform>Remove %n entries from the history?</numerusform></translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For %n file(s): %1</source>
        <translation><numerusform>For %n file: %1</numerusform><numerusform>For %n files: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pacsdrop::PatientSearchDialog</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation><numerusform>%n found</numerusform><numerusform>%n found</numerusform></translation>
    </message>
</context>
<context>
    <name>pacsdrop::SendController</name>
    <message numerus="yes">
        <source>converted %1 (%n object(s))</source>
        <translation><numerusform>converted %1 (%n object)</numerusform><numerusform>converted %1 (%n objects)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>also sending %n file(s) left pending by an earlier run</source>
        <translation><numerusform>also sending %n file left pending by an earlier run</numerusform><numerusform>also sending %n files left pending by an earlier run</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>sending %n file(s) to %1</source>
        <translation><numerusform>sending %n file to %1</numerusform><numerusform>sending %n files to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>cannot send %n file(s) to %1: %2</source>
        <translation><numerusform>cannot send %n file to %1: %2</numerusform><numerusform>cannot send %n files to %1: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation><numerusform>, %n failed</numerusform><numerusform>, %n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n left in the outbox</source>
        <translation><numerusform>, %n left in the outbox</numerusform><numerusform>, %n left in the outbox</numerusform></translation>
    </message>
</context>
</TS>