#!/usr/bin/env python3
"""Fills translations/pacsdrop_en.ts: English needs no translation, only its plural forms ("1 file",
"3 files") for the texts that count with %n. Run after scripts/update-translations.sh; a text it
does not know is reported, and tests/scripts/check_translations.sh fails until it is added here."""
import sys
import xml.etree.ElementTree as ET

FORMS = {
    "%n page(s)": ("%n page", "%n pages"),
    "All %n file(s) were sent to '%1'.": ("The file was sent to '%1'.", "All %n files were sent to '%1'."),
    "None of the %n files reached '%1'.": ("The file did not reach '%1'.", "None of the %n files reached '%1'."),
    "Only %1 of the %n files reached '%2'.": ("Only %1 of the %n file reached '%2'.", "Only %1 of the %n files reached '%2'."),
    "%n failed": ("%n failed", "%n failed"),
    "%n waiting": ("%n waiting", "%n waiting"),
    "%n file(s)": ("%n file", "%n files"),
    "%n file(s) failed, %1 not sent yet.": ("%n file failed, %1 not sent yet.", "%n files failed, %1 not sent yet."),
    "%n file(s) could not be sent.": ("%n file could not be sent.", "%n files could not be sent."),
    "%n file(s) not sent yet.": ("%n file not sent yet.", "%n files not sent yet."),
    "%n file(s) are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?":
        ("%n file is still waiting in the outbox. Keep sending it in the background after the window closes, also when the PACS is back later?",
         "%n files are still waiting in the outbox. Keep sending them in the background after the window closes, also when the PACS is back later?"),
    "%n entr(y/ies)": ("%n entry", "%n entries"),
    "Remove %n entr(y/ies) from the outbox? Files not sent yet will then not be sent.":
        ("Remove %n entry from the outbox? A file not sent yet will then not be sent.",
         "Remove %n entries from the outbox? Files not sent yet will then not be sent."),
    "Remove %n entr(y/ies) from the history?": ("Remove %n entry from the history?", "Remove %n entries from the history?"),
    "%1 and %n more": ("%1 and %n more", "%1 and %n more"),
    "For %n file(s): %1": ("For %n file: %1", "For %n files: %1"),
    "%n found": ("%n found", "%n found"),
    "converted %1 (%n object(s))": ("converted %1 (%n object)", "converted %1 (%n objects)"),
    "also sending %n file(s) left pending by an earlier run": ("also sending %n file left pending by an earlier run",
                                                               "also sending %n files left pending by an earlier run"),
    "sending %n file(s) to %1": ("sending %n file to %1", "sending %n files to %1"),
    "cannot send %n file(s) to %1: %2": ("cannot send %n file to %1: %2", "cannot send %n files to %1: %2"),
    ", %n failed": (", %n failed", ", %n failed"),
    ", %n left in the outbox": (", %n left in the outbox", ", %n left in the outbox"),
}

path = sys.argv[1] if len(sys.argv) > 1 else "translations/pacsdrop_en.ts"
tree = ET.parse(path)
unknown = []
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    if source not in FORMS:
        unknown.append(source)
        continue
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in FORMS[source]:
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
for source in unknown:
    print(f"english-plurals: no plural forms for: {source}", file=sys.stderr)
sys.exit(1 if unknown else 0)
