"""Digit canvas: with no command, open the app; otherwise run a command-line command."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and hand over to app/ or cli/."""
    # NumPy answers on the GUI thread with small matrices: OpenBLAS's thread pool costs
    # more than it saves there, and on a busy machine it costs 10x (bench.inspect).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from cli import build_parser, run
    from model.tf_quiet import quiet_tensorflow

    parser = build_parser()
    desktop = parser.add_mutually_exclusive_group()  # the app's own flags, not commands
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Digit Canvas to your desktop's menu (entry + icon)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove that menu entry and icon")
    args = parser.parse_args(argv)
    quiet_tensorflow(args.log_level)  # before anything imports TensorFlow
    if args.install_desktop or args.uninstall_desktop:
        from app.desktop import run_desktop_command

        return run_desktop_command(uninstalling=args.uninstall_desktop)
    if args.command is None:
        from app.startup import run_app

        return run_app(args)
    import logging

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
