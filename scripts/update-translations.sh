#!/bin/sh
# Refreshes translations/*.ts from the sources people read (the window, its dialogs, main.cpp, and
# the core's plain words, previews and people's text); translators then edit them with Qt
# Linguist. pacsdrop_en.ts holds only English plural forms ("1 file", "3 files"). The build
# compiles them into the program; tests/scripts/check_translations.sh fails on unfinished ones.
set -eu
cd "$(dirname "$0")/.."
sources="ui app/main.cpp app/WindowMain.cpp core/delivery/PlainWords.cpp core/text core/preview"
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none -I core -I ui -I ui/settings $sources -ts translations/pacsdrop_de.ts translations/pacsdrop_lt.ts
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none -pluralonly $sources -ts translations/pacsdrop_en.ts
python3 scripts/english-plurals.py translations/pacsdrop_en.ts
