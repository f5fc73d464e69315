"""The ``models`` command: every model kept, its facts, and which one is in use.

``models`` lists them (``--json`` for scripts); ``models use|rename|pin|unpin|
delete|restore ID`` change them, as the app's Models window does. ID is a
folder name (or a unique start of one), the name given to a model, or
``bundled``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from cli.common import Parser

if TYPE_CHECKING:
    from model.network.model_list import ModelFacts


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``models`` sub-parser."""
    models = commands.add_parser("models", help="the models you trained: list, use, rename, "
                                                "pin, delete")
    models.add_argument("--json", action="store_true", help="the list as JSON, for scripts")
    actions = models.add_subparsers(dest="models_command", parser_class=Parser,
                                    metavar="{use,rename,pin,unpin,delete,restore}")
    for name, text in (("use", "make a model the one in use"),
                       ("pin", "never remove it when keeping the newest"),
                       ("unpin", "let it be removed when it is old"),
                       ("delete", "move it to the trash (restore brings it back)"),
                       ("restore", "bring a deleted model back")):
        actions.add_parser(name, help=text).add_argument("id")
    rename = actions.add_parser("rename", help="give a model a name")
    rename.add_argument("id")
    rename.add_argument("name", help="the new name (empty: none)")


def run(args: argparse.Namespace) -> int:
    """List the models, or change one."""
    from model import paths
    from model.network.checkpoints import CheckpointStore
    from model.network.model_list import find, list_models

    root = paths.checkpoint_dir()
    store = CheckpointStore(root)
    if args.models_command == "restore":
        store.restore(args.id)
        print(f"{args.id} is back")
        return 0
    models = list_models(root)
    if args.models_command is None:
        drawings = _drawings()
        if args.json:
            print(json.dumps([{**m.as_json(), "drawings_accuracy": _on_drawings(m, drawings)}
                              for m in models], indent=2))
        else:
            _print(models, drawings)
        return 0
    model = find(models, args.id)
    if args.models_command == "use":
        store.choose(model.path)
        print(f"now in use: {model.id}")
    elif args.models_command == "delete":
        store.delete(model.path)
        print(f"{model.id} moved to the trash ('models restore {model.id}' brings it back)")
    else:
        _change(model, args)
    return 0


def _change(model: ModelFacts, args: argparse.Namespace) -> None:
    from model.network.checkpoints import update_metadata
    from model.network.errors import CheckpointError

    if model.kind == "bundled":
        raise CheckpointError("the bundled model cannot be changed")
    if args.models_command == "rename":
        name = args.name.strip()
        if len(name) > 100:
            raise CheckpointError("a name has at most 100 characters")
        update_metadata(model.path, {"name": name})
    else:
        update_metadata(model.path, {"pinned": args.models_command == "pin"})
    print(f"{model.id}: {args.models_command} done")


def _drawings() -> tuple | None:
    """The person's drawings (images, labels), or None when there are none."""
    from model import paths
    from model.drawings import SampleStore, SampleStoreError

    path = paths.data_dir() / "samples.sqlite3"
    if not path.exists():
        return None
    try:
        with SampleStore(path) as store:
            images, labels = store.training_arrays()
    except SampleStoreError:
        return None
    return (images, labels) if len(labels) else None


def _on_drawings(model: ModelFacts, drawings: tuple | None) -> float | None:
    from model.network.errors import CheckpointError
    from model.network.model_list import drawings_accuracy

    if drawings is None:
        return None
    try:
        return drawings_accuracy(model.path, *drawings)
    except CheckpointError:
        return None


def _percent(value: float | None, digits: int = 2) -> str:
    return "?" if value is None else f"{value:.{digits}%}"


def _print(models: list[ModelFacts], drawings: tuple | None) -> None:
    print(f"  {'id':<28} {'kind':<9} {'date':<10} {'test':>7} {'refused':>7} {'ECE':>6} "
          f"{'drawings':>8} {'time':>6}  name")
    for m in models:
        mark = "*" if m.in_use else " "
        seconds = "?" if m.train_seconds is None else f"{m.train_seconds:.0f} s"
        print(f"{mark} {m.id:<28} {m.kind:<9} {m.date[:10]:<10} {_percent(m.test_accuracy):>7} "
              f"{_percent(m.refused):>7} {_percent(m.calibration_error):>6} "
              f"{_percent(_on_drawings(m, drawings), 0):>8} {seconds:>6}  "
              f"{m.name}{' (pinned)' if m.pinned else ''}")
    print("* the model in use")
