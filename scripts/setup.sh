#!/usr/bin/env bash
# Make sure the project is installed, without running anything:
#   .venv (python >= 3.11) with the project installed editable (and the [test]
#   extra with --test; pip runs only when pyproject.toml changed), then the
#   system libraries Qt needs for the given platforms (default: offscreen).
# Usage: scripts/setup.sh [--test] [--platform offscreen|xcb|wayland]... [--need-cmd CMD]...
set -euo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

extra="base"
deps_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --test) extra="test" ;;
        --platform|--need-cmd) deps_args+=("$1" "$2"); shift ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) dc_die "setup.sh: unknown argument: $1" ;;
    esac
    shift
done
dc_ensure_venv "$extra"
if [ "${DC_SKIP_SYSTEM_DEPS:-0}" != 1 ]; then
    "$DC_ROOT/scripts/system_deps.sh" --quiet "${deps_args[@]}"
fi
