#!/usr/bin/env bash
# Find the system libraries that the venv's Qt (PySide6 wheel) needs but this
# machine lacks, and install them with apt-get (or print the exact command).
#
# How: run ldd on the PySide6 modules the project uses and on the Qt platform
# plugins it will load (offscreen for tests; xcb, and wayland when
# WAYLAND_DISPLAY is set, for the app), collect the sonames ldd reports as
# "not found", and map them to Debian package names with a small table (falling
# back to Debian's naming rule, libfoo-bar.so.N -> libfoo-barN).  ldd cannot see
# the dependencies of a library that is missing, so after installing we check
# again, up to three rounds.  Also: a font (Qt ships none), the printed fonts
# the generated training set is drawn from (model/synthetic/fonts.py: without
# them a Retrain makes its own set instead of reading the shipped one) and, on
# request, commands such as npm.
#
# Usage: scripts/system_deps.sh [--check] [--quiet] [--python PY]
#                               [--platform offscreen|xcb|wayland]... [--need-cmd CMD]...
#   --check     only report; exit 1 when something is missing
#   (default)   install what is missing (as root or with password-less sudo),
#               or print the apt-get line and exit 1 when that is not possible
#   --python    the venv interpreter that has PySide6 (default: .venv/bin/python)
#   --platform  Qt platform plugin(s) to check; default: offscreen
#   --need-cmd  also require this command (package of the same name, e.g. npm)
set -uo pipefail

# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CHECK_ONLY=0
QUIET=0
PY="$DC_PY"
PLATFORMS=()
NEED_CMDS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --check) CHECK_ONLY=1 ;;
        --quiet|-q) QUIET=1 ;;
        --python) PY="$2"; shift ;;
        --platform) PLATFORMS+=("$2"); shift ;;
        --need-cmd) NEED_CMDS+=("$2"); shift ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "system_deps.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ ${#PLATFORMS[@]} -gt 0 ] || PLATFORMS=(offscreen)

say() { [ "$QUIET" = 1 ] || dc_log "$@"; }

# soname -> Debian package(s); the first one apt knows wins (later names cover
# renames such as Debian 13's t64 packages).
declare -A PKG=(
    [libxcb-cursor.so.0]="libxcb-cursor0"
    [libxcb-icccm.so.4]="libxcb-icccm4"
    [libxcb-keysyms.so.1]="libxcb-keysyms1"
    [libxcb-image.so.0]="libxcb-image0"
    [libxcb-render-util.so.0]="libxcb-render-util0"
    [libxcb-util.so.1]="libxcb-util1"
    [libxcb-randr.so.0]="libxcb-randr0"
    [libxcb-render.so.0]="libxcb-render0"
    [libxcb-shape.so.0]="libxcb-shape0"
    [libxcb-shm.so.0]="libxcb-shm0"
    [libxcb-sync.so.1]="libxcb-sync1"
    [libxcb-xfixes.so.0]="libxcb-xfixes0"
    [libxcb-xkb.so.1]="libxcb-xkb1"
    [libxcb-xinerama.so.0]="libxcb-xinerama0"
    [libxcb-xinput.so.0]="libxcb-xinput0"
    [libxcb-glx.so.0]="libxcb-glx0"
    [libxcb-dri3.so.0]="libxcb-dri3-0"
    [libxcb.so.1]="libxcb1"
    [libX11-xcb.so.1]="libx11-xcb1"
    [libX11.so.6]="libx11-6"
    [libXau.so.6]="libxau6"
    [libXdmcp.so.6]="libxdmcp6"
    [libXext.so.6]="libxext6"
    [libXrender.so.1]="libxrender1"
    [libXfixes.so.3]="libxfixes3"
    [libXrandr.so.2]="libxrandr2"
    [libXi.so.6]="libxi6"
    [libSM.so.6]="libsm6"
    [libICE.so.6]="libice6"
    [libxkbcommon.so.0]="libxkbcommon0"
    [libxkbcommon-x11.so.0]="libxkbcommon-x11-0"
    [libxkbfile.so.1]="libxkbfile1"
    [libEGL.so.1]="libegl1"
    [libGL.so.1]="libgl1"
    [libGLX.so.0]="libglx0"
    [libOpenGL.so.0]="libopengl0"
    [libGLdispatch.so.0]="libglvnd0"
    [libgbm.so.1]="libgbm1"
    [libdrm.so.2]="libdrm2"
    [libfontconfig.so.1]="libfontconfig1"
    [libfreetype.so.6]="libfreetype6"
    [libharfbuzz.so.0]="libharfbuzz0b"
    [libpng16.so.16]="libpng16-16 libpng16-16t64"
    [libdbus-1.so.3]="libdbus-1-3"
    [libglib-2.0.so.0]="libglib2.0-0 libglib2.0-0t64"
    [libgthread-2.0.so.0]="libglib2.0-0 libglib2.0-0t64"
    [libgobject-2.0.so.0]="libglib2.0-0 libglib2.0-0t64"
    [libpcre2-8.so.0]="libpcre2-8-0"
    [libexpat.so.1]="libexpat1"
    [libbrotlidec.so.1]="libbrotli1"
    [libbrotlicommon.so.1]="libbrotli1"
    [libz.so.1]="zlib1g"
    [libzstd.so.1]="libzstd1"
    [libffi.so.8]="libffi8"
    [libbsd.so.0]="libbsd0"
    [libmd.so.0]="libmd0"
    [libsystemd.so.0]="libsystemd0"
    [libudev.so.1]="libudev1"
    [libgcrypt.so.20]="libgcrypt20"
    [libgpg-error.so.0]="libgpg-error0"
    [liblz4.so.1]="liblz4-1"
    [liblzma.so.5]="liblzma5"
    [libcap.so.2]="libcap2"
    [libstdc++.so.6]="libstdc++6"
    [libgcc_s.so.1]="libgcc-s1"
    [libwayland-client.so.0]="libwayland-client0"
    [libwayland-cursor.so.0]="libwayland-cursor0"
    [libwayland-egl.so.1]="libwayland-egl1"
    [libwayland-server.so.0]="libwayland-server0"
)

# Debian's naming rule for a library package, for sonames not in the table.
guess_pkg() {
    local name="${1%%.so*}" ver="${1##*.so.}"
    [ "$ver" = "$1" ] && ver=""
    name="$(printf '%s' "$name" | tr 'A-Z_' 'a-z-')"
    case "$name" in *[0-9]) printf '%s-%s' "$name" "$ver" ;; *) printf '%s%s' "$name" "$ver" ;; esac
}

apt_has() {  # apt knows an installable version of $1
    command -v apt-cache >/dev/null 2>&1 &&
        apt-cache policy "$1" 2>/dev/null | grep -Eq 'Candidate: [^( ]'
}

pkg_for() {  # soname -> one package name
    local cands c
    cands="${PKG[$1]:-}"
    if [ -z "$cands" ]; then c="$(guess_pkg "$1")"; cands="$c ${c}t64"; fi
    for c in $cands; do
        if apt_has "$c"; then printf '%s' "$c"; return; fi
    done
    printf '%s' "${cands%% *}"
}

# --- what to check -----------------------------------------------------------
[ -x "$PY" ] || { dc_log "system_deps.sh: $PY not found (make the venv first)"; exit 2; }
PYSIDE_DIR="$("$PY" -c 'import importlib.util as u; s = u.find_spec("PySide6"); print(s.submodule_search_locations[0])' 2>/dev/null)" \
    || { dc_log "system_deps.sh: PySide6 is not installed in $PY's environment"; exit 2; }
QT="$PYSIDE_DIR/Qt"

FILES=()
add() { local f; for f in "$@"; do [ -e "$f" ] && FILES+=("$f"); done; }
# What the project imports (tests and app): ldd follows each into libQt6*.so.
add "$PYSIDE_DIR"/Qt{Core,Gui,Widgets,Charts,Test}.abi3.so
for p in "${PLATFORMS[@]}"; do
    case "$p" in
        offscreen) add "$QT/plugins/platforms/libqoffscreen.so" ;;
        xcb) add "$QT/plugins/platforms/libqxcb.so" "$QT/lib/libQt6XcbQpa.so.6" \
                 "$QT"/plugins/xcbglintegrations/*.so \
                 "$QT/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so" ;;
        wayland) add "$QT"/plugins/platforms/libqwayland*.so \
                     "$QT/plugins/wayland-shell-integration/libxdg-shell.so" \
                     "$QT"/plugins/wayland-decoration-client/*.so ;;
        *) dc_log "system_deps.sh: unknown platform '$p' (offscreen, xcb, wayland)"; exit 2 ;;
    esac
done

have_fonts() {
    local d
    for d in /usr/share/fonts /usr/local/share/fonts "${HOME:-/root}/.local/share/fonts" "${HOME:-/root}/.fonts"; do
        [ -d "$d" ] && find "$d" -type f \( -iname '*.ttf' -o -iname '*.otf' -o -iname '*.ttc' -o -iname '*.pfb' -o -iname '*.pcf*' \) -print -quit 2>/dev/null | grep -q . && return 0
    done
    return 1
}

# A font file by its exact name, anywhere fonts are installed.
have_font_file() {
    local d
    for d in /usr/share/fonts /usr/local/share/fonts "${HOME:-/root}/.local/share/fonts" "${HOME:-/root}/.fonts"; do
        [ -d "$d" ] && find "$d" -type f -name "$1" -print -quit 2>/dev/null | grep -q . && return 0
    done
    return 1
}

# One file of each package the generated set reads (model/synthetic/fonts.py).
declare -A TRAINING_FONT=(
    [DejaVuSans.ttf]="fonts-dejavu-core"
    [DejaVuSans-ExtraLight.ttf]="fonts-dejavu-extra"
    [NimbusSans-Regular.otf]="fonts-urw-base35"
)

# Prints "what package" lines, one per missing thing.
find_missing() {
    local f so c
    for f in "${FILES[@]}"; do
        ldd "$f" 2>/dev/null | awk '/=> not found/ {print $1}'
    done | sort -u | while read -r so; do
        printf '%s %s\n' "$so" "$(pkg_for "$so")"
    done
    have_fonts || printf '%s %s\n' "(no-fonts)" "fonts-dejavu-core"
    for f in "${!TRAINING_FONT[@]}"; do
        have_font_file "$f" || printf '(font:%s) %s\n' "$f" "${TRAINING_FONT[$f]}"
    done
    for c in "${NEED_CMDS[@]}"; do
        command -v "$c" >/dev/null 2>&1 || printf '(command:%s) %s\n' "$c" "$c"
    done
}

report() {  # $1 = missing lines
    local line
    while read -r line; do
        [ -n "$line" ] && dc_log "  missing ${line%% *}  -> Debian package ${line##* }"
    done <<<"$1"
}

missing="$(find_missing)"
if [ -z "$missing" ]; then
    say "system libraries for Qt (${PLATFORMS[*]}): all present"
    exit 0
fi
pkgs="$(printf '%s\n' "$missing" | awk '{print $2}' | sort -u | paste -sd' ' -)"
dc_log "system libraries missing for Qt (${PLATFORMS[*]}):"
report "$missing"
if [ "$CHECK_ONLY" = 1 ]; then
    dc_log "to install: apt-get install $pkgs"
    exit 1
fi

# With fresh package lists, the names resolve for this release (e.g. t64 renames).
if dc_apt_update; then
    missing="$(find_missing)"
    pkgs="$(printf '%s\n' "$missing" | awk 'NF {print $2}' | sort -u | paste -sd' ' -)"
fi
for round in 1 2 3; do
    # shellcheck disable=SC2086
    if ! dc_apt_install $pkgs; then
        dc_log "could not install: $pkgs"
        exit 1
    fi
    # The package names are resolved again now that apt's lists are fresh.
    missing="$(find_missing)"
    if [ -z "$missing" ]; then
        say "system libraries for Qt (${PLATFORMS[*]}): all present now"
        exit 0
    fi
    new_pkgs="$(printf '%s\n' "$missing" | awk '{print $2}' | sort -u | paste -sd' ' -)"
    if [ "$new_pkgs" = "$pkgs" ]; then break; fi   # installing did not help: stop
    pkgs="$new_pkgs"
    dc_log "still missing after round $round:"
    report "$missing"
done
dc_log "still missing after installing:"
report "$missing"
dc_log "find the package that ships each file (e.g. with apt-file search SONAME) and install it"
exit 1
