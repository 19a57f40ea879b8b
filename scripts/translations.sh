#!/usr/bin/env bash
# translations.sh — brings translations/*.ts up to date with the sources (lupdate), for the
# translators: new strings appear as unfinished, removed ones are dropped. The .ts files are kept
# without source locations (-locations none) so that moving code does not change them; the
# check that they are current and complete is tests/unit/tst_translations.cpp (ctest).
#   scripts/translations.sh            # all languages
#   LUPDATE=/path/to/lupdate scripts/translations.sh
#   FERRY_TS_DIR=/tmp/copy scripts/translations.sh   # update copies there instead (the test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"
# shellcheck source=/dev/null
. translations/languages.sh
ts_dir=${FERRY_TS_DIR:-translations}
for lang in "${FERRY_LANGUAGES[@]}"; do
  extra=()
  # English needs only its plural forms ("%n file(s)" → "1 file", "2 files").
  [[ $lang == en ]] && extra=(-pluralonly)
  "$lupdate" -silent -I "$root" -locations none -no-obsolete -source-language en -target-language "$lang" \
    "${extra[@]}" -extensions cpp,h ui app net -ts "$ts_dir/ferry_$lang.ts"
done
