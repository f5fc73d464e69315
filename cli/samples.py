"""The ``samples`` command: the person's drawings, listed, exported or imported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import Parser, digit

if TYPE_CHECKING:
    from model.drawings import SampleStore


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``samples`` sub-parser."""
    samples = commands.add_parser("samples",
                                  help="your own labelled drawings: list, export, import")
    actions = samples.add_subparsers(dest="samples_command", metavar="{list,export,import}",
                                     required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="one line per drawing, and counts per label")
    only = listing.add_mutually_exclusive_group()
    only.add_argument("--digit", type=digit, help="only drawings with this label")
    only.add_argument("--not-a-digit", action="store_true",
                      help="only drawings taught as not a digit")
    out = actions.add_parser("export", help="write PNGs in one folder per label, or a .zip")
    out.add_argument("dest", type=Path, help="a folder, or a file name ending in .zip")
    source = actions.add_parser("import", help="add labelled images from a folder or a .zip")
    source.add_argument("path", type=Path,
                        help="a folder (or zip) with subfolders 0-9 and not-a-digit, or files "
                             "named <digit>_*.png or not-a-digit_*.png")


def run(args: argparse.Namespace) -> int:
    """List, export or import the person's drawings (the app's store in the data folder)."""
    from model import paths
    from model.drawings import SampleStore

    actions = {"list": _samples_list, "export": _samples_export, "import": _samples_import}
    path = paths.data_dir() / "samples.sqlite3"
    if args.samples_command != "import" and not path.exists():  # create nothing just to read
        print(f"no drawings yet ({path} does not exist)")
        return 0
    with SampleStore(path) as store:
        if store.recovered_from is not None:
            print(f"warning: the drawings database was damaged; it was kept as "
                  f"{store.recovered_from} and a new one started "
                  f"({store.salvaged} drawings recovered)", file=sys.stderr)
        return actions[args.samples_command](store, args)


def _samples_list(store: SampleStore, args: argparse.Namespace) -> int:
    from model.drawings.exchange import label_name
    from model.drawings.validation import NOT_A_DIGIT

    rows = store.list(NOT_A_DIGIT if args.not_a_digit else args.digit)
    if rows:
        print(f"{'id':>7}  {'label':>11}  {'predicted':>9}  created (UTC)")
    for sample in reversed(rows):  # oldest first, like a log
        predicted = "-" if sample.predicted is None else str(sample.predicted)
        created = sample.created[:19].replace("T", " ")
        print(f"{sample.id:>7}  {label_name(sample.label):>11}  {predicted:>9}  {created}")
    counts = store.counts()
    print(("\n" if rows else "") + f"{len(store)} drawing(s) in {store.path}")
    print("label  " + "".join(f"{d:>5}" for d in range(10)) + "  not-a-digit")
    print("count  " + "".join(f"{counts[d]:>5}" for d in range(10))
          + f"  {counts[NOT_A_DIGIT]:>11}")
    return 0


def _samples_export(store: SampleStore, args: argparse.Namespace) -> int:
    if args.dest.suffix.lower() == ".zip":
        count = store.export_archive(args.dest)
    else:
        count = store.export_folder(args.dest)
    print(f"exported {count} drawing(s) to {args.dest}")
    return 0


def _samples_import(store: SampleStore, args: argparse.Namespace) -> int:
    result = store.import_path(args.path)
    for problem in result.failed:
        print(f"warning: {problem}", file=sys.stderr)
    for name in result.ignored:
        print(f"warning: {name}: no digit label (put it in a folder 0-9 or not-a-digit, or "
              f"name it <digit>_... or not-a-digit_...)", file=sys.stderr)
    print(result.summary())
    return 1 if result.failed else 0
