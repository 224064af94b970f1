#!/bin/sh
# Refreshes translations/*.ts from the sources people read (the window, its dialogs, main.cpp);
# translators then edit them with Qt Linguist. The build compiles them into the program.
set -eu
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -no-obsolete ui app/main.cpp -ts translations/pacsdrop_de.ts translations/pacsdrop_lt.ts
