"""The command line (train, evaluate, predict, calibrate, export, samples, explain): uses model/."""

from cli.parser import build_parser, run

__all__ = ["build_parser", "run"]
