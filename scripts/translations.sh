#!/usr/bin/env bash
# The app's translations (assets/translations/):
#
#   scripts/translations.sh update   collect the strings of app/ into the .ts files
#                                     (new ones unfinished, vanished ones dropped);
#                                     then translate them (pyside6-linguist or an editor)
#   scripts/translations.sh build    make the .qm files the app loads (committed, so an
#                                     installed digit-canvas has them; a test checks
#                                     that they are current)
#   scripts/translations.sh          both
#
# qtbase_extra_<lang>.ts: Qt's own strings (the file dialog's) that Qt's catalogue for
# the language lacks; kept by hand, built with the rest.
#
# A new language: add its code to LANGUAGES below and in app/language.py, then run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LANGUAGES=(de es fr)
bin="$(dirname "$(command -v python)")"
[ -x .venv/bin/pyside6-lupdate ] && bin=.venv/bin
folder=assets/translations

update() {
    local ts=()
    for lang in "${LANGUAGES[@]}"; do ts+=("$folder/digit_canvas_$lang.ts"); done
    "$bin/pyside6-lupdate" -no-obsolete -locations none app/*.py -ts "${ts[@]}"
    # English is the source; its catalogue holds only the plural forms ("1 drawing").
    "$bin/pyside6-lupdate" -no-obsolete -locations none -pluralonly app/*.py \
        -ts "$folder/digit_canvas_en.ts"
}

build() {
    for ts in "$folder"/*.ts; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
}

case "${1:-all}" in
    update) update ;;
    build) build ;;
    all) update; build ;;
    *) echo "usage: $0 [update|build]" >&2; exit 2 ;;
esac
