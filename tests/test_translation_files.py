"""The translation files are complete and current.

``scripts/translations.sh`` run on a copy of the checkout must leave the .ts
files exactly as committed (no new string left unfinished, none vanished) and
build the .qm files byte for byte as committed (an installed digit-canvas
loads those). Skipped only when PySide6's tools are missing.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.language import LANGUAGES, translations_dir

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(
    not (TOOLS / "pyside6-lupdate").exists() or not (TOOLS / "pyside6-lrelease").exists(),
    reason="PySide6's lupdate/lrelease are not installed")


@pytest.fixture(scope="module")
def rerun(tmp_path_factory) -> Path:
    """A copy of app/, the script and the translations, after the script has run on it."""
    copy = tmp_path_factory.mktemp("checkout")
    shutil.copytree(ROOT / "app", copy / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    shutil.copytree(ROOT / "assets" / "translations", copy / "assets" / "translations")
    env = {**os.environ, "PATH": f"{TOOLS}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(["bash", str(copy / "scripts" / "translations.sh")], cwd=copy, env=env,
                   check=True, capture_output=True, timeout=300)
    return copy / "assets" / "translations"


@pytest.mark.parametrize("lang", [*LANGUAGES])
def test_lupdate_leaves_nothing_unfinished_or_obsolete(rerun, lang):
    text = (rerun / f"digit_canvas_{lang}.ts").read_text(encoding="utf-8")
    for mark in ('type="unfinished"', 'type="vanished"', 'type="obsolete"'):
        assert mark not in text, f"{lang}: {text.count(mark)} entries {mark}"
    assert text == (translations_dir() / f"digit_canvas_{lang}.ts").read_text(encoding="utf-8"), (
        "the .ts file is not current: run scripts/translations.sh and translate what is new")


@pytest.mark.parametrize("catalogue", sorted(p.stem for p in translations_dir().glob("*.ts")))
def test_the_committed_qm_files_are_built_from_the_ts_files(rerun, catalogue):
    name = f"{catalogue}.qm"
    assert filecmp.cmp(rerun / name, translations_dir() / name, shallow=False), (
        f"{name} is stale: run scripts/translations.sh build")


def test_an_installed_package_carries_the_qm_files():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["model.assets"]
    shipped = {p for pattern in patterns for p in (ROOT / "assets").glob(pattern)}
    for ts in translations_dir().glob("*.ts"):
        assert ts.with_suffix(".qm") in shipped
