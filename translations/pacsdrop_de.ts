<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>pacsdrop::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="15"/>
        <source>PacsDrop</source>
        <translation>PacsDrop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="18"/>
        <source>Destinations (%1):</source>
        <translation>Ziele (%1):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="22"/>
        <source>%1 — %2 (default)</source>
        <translation>%1 — %2 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="22"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="24"/>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
</context>
</TS>
