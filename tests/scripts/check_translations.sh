#!/bin/sh
# Every text people read is translated: no unfinished or empty translation in German and
# Lithuanian, and every English text that counts (%n) has its plural forms.
# Usage: check_translations.sh SOURCE_DIR
set -eu
dir="$1/translations"
status=0
for ts in "$dir"/pacsdrop_de.ts "$dir"/pacsdrop_lt.ts "$dir"/pacsdrop_en.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished unfinished, $empty empty translations"
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -10
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations: complete"
exit "$status"
