"""The command line's parser and its dispatch; each command is a module beside this one.

A command module has ``add_parser(commands)`` (its sub-parser) and ``run(args)``
(the command; an exit status). TensorFlow is imported inside the commands, so
``python main.py`` can show the window before TensorFlow has loaded.
"""

from __future__ import annotations

import argparse
import sys

from cli import calibrate, evaluate, explain, export, models, predict, samples, train
from cli.common import CliError, Parser

# In the order of ``main.py --help``.
COMMANDS = {"train": train, "evaluate": evaluate, "predict": predict, "calibrate": calibrate,
            "export": export, "samples": samples, "explain": explain, "models": models}


def build_parser() -> Parser:
    """The whole command line (main.py adds the app's own flags)."""
    parser = Parser(prog="main.py", description="Draw a digit; a ConvNet recognises it.")
    parser.add_argument("--log-level", default="warning",
                        choices=["debug", "info", "warning", "error"])
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for command in COMMANDS.values():
        command.add_parser(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run one command; user-caused errors become one line on stderr."""
    from model.data.mnist import MnistError
    from model.network.errors import CheckpointError

    try:
        return COMMANDS[args.command].run(args)
    except (CliError, train.TrainCommandError, CheckpointError, MnistError, ValueError,
            OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
