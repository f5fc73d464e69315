# shellcheck shell=bash
# Shared helpers for ./run, scripts/test.sh and scripts/setup.sh.  Source it; do not run it.
#
# Everything the project needs is installed by its own files: Debian packages
# with apt-get (as root, or through a password-less sudo), Python packages from
# pyproject.toml into the git-ignored virtual environment .venv in the checkout.

DC_ROOT="${DC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
DC_VENV="$DC_ROOT/.venv"
DC_PY="$DC_VENV/bin/python"
DC_MIN_PY="3.11"

dc_log() { printf '[digit-canvas] %s\n' "$*" >&2; }
dc_die() { printf '[digit-canvas] ERROR: %s\n' "$*" >&2; exit 1; }

# dc_quietly CMD...: run CMD with its output in a log; show the log only if it fails.
dc_quietly() {
    local out rc
    out="$(mktemp)"
    "$@" </dev/null >"$out" 2>&1
    rc=$?
    if [ $rc != 0 ]; then
        dc_log "failed (exit $rc): $*"
        tail -n 40 "$out" >&2
    fi
    rm -f "$out"
    return $rc
}

# dc_root_cmd: print the prefix that runs a command as root without asking for a
# password ("" when we are root, "sudo -n" when sudo works non-interactively);
# return 1 when neither is possible.
dc_root_cmd() {
    if [ "$(id -u)" = 0 ]; then
        printf ''
    elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
        printf 'sudo -n'
    else
        return 1
    fi
}

# dc_apt_update: apt-get update, once per process (needs root or sudo -n).
DC_APT_UPDATED=""
dc_apt_update() {
    local sudo_prefix
    [ -z "$DC_APT_UPDATED" ] || return 0
    command -v apt-get >/dev/null 2>&1 || return 1
    sudo_prefix="$(dc_root_cmd)" || return 1
    dc_log "apt-get update"
    # shellcheck disable=SC2086  # $sudo_prefix is "" or "sudo -n"
    dc_quietly $sudo_prefix env DEBIAN_FRONTEND=noninteractive apt-get update || return 1
    DC_APT_UPDATED=1
}

# dc_apt_install PKG...: apt-get update (once per process) + install, non-interactive.
# Returns 1 (after printing the command to run by hand) when that is not possible.
dc_apt_install() {
    local sudo_prefix
    if ! command -v apt-get >/dev/null 2>&1; then
        dc_log "apt-get not found: install the Debian/Ubuntu packages '$*' (or your distribution's equivalent) by hand."
        return 1
    fi
    if ! sudo_prefix="$(dc_root_cmd)"; then
        dc_log "not root and no password-less sudo; please run:"
        dc_log "    sudo apt-get update && sudo apt-get install -y $*"
        return 1
    fi
    dc_apt_update || return 1
    dc_log "apt-get install -y --no-install-recommends $*"
    # shellcheck disable=SC2086  # $sudo_prefix is "" or "sudo -n"
    dc_quietly $sudo_prefix env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "$@"
}

# dc_py_ok PY: PY runs, is >= 3.11, and can make a venv with pip (Debian ships
# ensurepip in python3-venv / python3.X-venv, not in python3 itself).
# Prints "X.Y" on success; returns 1 (bad/missing) or 2 (good version, no venv/ensurepip).
dc_py_ok() {
    local ver
    ver="$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2]) if sys.version_info >= (3, 11) else sys.exit(3)' 2>/dev/null)" || return 1
    "$1" -c 'import venv, ensurepip' >/dev/null 2>&1 || { printf '%s' "$ver"; return 2; }
    printf '%s' "$ver"
}

# dc_find_python: print the path of the first usable python >= 3.11
# (python3.13, python3.12, python3.11, python3); install python3-venv with apt-get
# when only that is missing; exit with the apt-get line otherwise.
dc_find_python() {
    local cand ver rc novenv_ver="" novenv_py=""
    for cand in python3.13 python3.12 python3.11 python3; do
        command -v "$cand" >/dev/null 2>&1 || continue
        ver="$(dc_py_ok "$cand")"; rc=$?
        if [ $rc = 0 ]; then command -v "$cand"; return 0; fi
        if [ $rc = 2 ] && [ -z "$novenv_py" ]; then novenv_py="$cand"; novenv_ver="$ver"; fi
    done
    if [ -n "$novenv_py" ]; then
        dc_log "$novenv_py ($novenv_ver) has no venv/ensurepip module; installing python3-venv"
        local pkgs="python3-venv"
        if command -v apt-cache >/dev/null 2>&1 && apt-cache policy "python${novenv_ver}-venv" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
            pkgs="$pkgs python${novenv_ver}-venv"
        fi
        # shellcheck disable=SC2086
        if dc_apt_install $pkgs && dc_py_ok "$novenv_py" >/dev/null; then
            command -v "$novenv_py"; return 0
        fi
        dc_die "cannot create a virtual environment with $novenv_py. Run: apt-get install python3-venv python${novenv_ver}-venv"
    fi
    # No Python >= 3.11 at all: try the distribution's python3 (Debian 12+ has 3.11+).
    dc_log "no Python >= $DC_MIN_PY found (tried python3.13 python3.12 python3.11 python3)"
    if dc_apt_install python3 python3-venv && ver="$(dc_py_ok python3)"; then
        command -v python3; return 0
    fi
    dc_die "this project needs Python >= $DC_MIN_PY with the venv module. Run: apt-get install python3 python3-venv   (the distribution's python3 must be 3.11 or newer, e.g. Debian 12 / Ubuntu 24.04)"
}

# dc_ensure_venv base|test: make .venv if missing or broken, then pip-install the
# project (editable; with the [test] extra when asked).  The pip step is skipped
# when pyproject.toml is unchanged since the last successful install (stamp in .venv).
dc_ensure_venv() {
    local extra="${1:-}" spec="." stamp_name="base" py want have
    if [ "$extra" = test ]; then spec=".[test]"; stamp_name="test"; fi

    if [ -x "$DC_PY" ] && ! "$DC_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        # Typical after the interpreter it was made from was removed or upgraded.
        dc_log "$DC_VENV is broken (its python does not run or is < $DC_MIN_PY); recreating it"
        rm -rf "$DC_VENV"
    fi
    if [ ! -x "$DC_PY" ]; then
        py="$(dc_find_python)" || exit 1
        dc_log "creating $DC_VENV with $py ($("$py" -c 'import sys; print(sys.version.split()[0])'))"
        "$py" -m venv "$DC_VENV" || dc_die "'$py -m venv $DC_VENV' failed"
    fi

    want="$( (cat "$DC_ROOT/pyproject.toml"; "$DC_PY" -c 'import sys; print(sys.version)') | sha256sum | cut -d' ' -f1)"
    have="$(cat "$DC_VENV/.dc-installed-$stamp_name" 2>/dev/null || true)"
    if [ "$want" = "$have" ]; then
        return 0
    fi
    dc_log "pip install -e '$spec'   (the first time downloads TensorFlow and Qt: a few minutes)"
    (cd "$DC_ROOT" && PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        "$DC_PY" -m pip install -q -e "$spec") || dc_die "pip install -e '$spec' failed (see above)"
    printf '%s\n' "$want" > "$DC_VENV/.dc-installed-$stamp_name"
    # The [test] install is a superset of the plain one.
    if [ "$stamp_name" = test ]; then printf '%s\n' "$want" > "$DC_VENV/.dc-installed-base"; fi
}
