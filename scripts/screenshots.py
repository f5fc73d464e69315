"""Screenshots of the real app under Xvfb: every window, two screen sizes, light and dark.

    PYTHONPATH=. .venv/bin/python -m scripts.screenshots [--sizes 1366x768 1920x1080]
        [--schemes light dark] [--out docs/screenshots] [--wait 150]
    LANG=de_DE.UTF-8 .venv/bin/python -m scripts.screenshots   # every window in German (-de)

Installs nothing. Needs Xvfb, xdotool and ImageMagick's ``import`` (Debian: xvfb,
xdotool, imagemagick); openbox if present (title bars, as on a desktop). For each
size and scheme it starts a new X server and the app (``python -m main``) with a
fresh home folder (MNIST from $MNIST_DIR or .test-data for the test-set explorer),
draws a 3 with xdotool, teaches two digits, then shoots: the main window, Look inside
(a map enlarged, or beside the canvas where the screen is narrow), the test-set
explorer, My drawings and the main window with
Preferences open. Windows are found by their objectName (the app writes each one
it shows to a file), so every language works. PNGs over 300 KB are reduced to 256
colours (Pillow).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("Xvfb", "xdotool", "import")
MAX_BYTES = 300_000
# A 3 in the canvas, as fractions of the canvas's width and height.
THREE = [(0.30, 0.25), (0.42, 0.20), (0.55, 0.24), (0.58, 0.35), (0.48, 0.47), (0.40, 0.50),
         (0.50, 0.52), (0.60, 0.62), (0.58, 0.75), (0.45, 0.80), (0.30, 0.76)]
ONE = [(0.45, 0.20), (0.46, 0.50), (0.47, 0.80)]


def launch(scheme: str, windows: Path) -> None:
    """Run the app as ``python -m main`` does, in a light or dark colour scheme.

    Each window shown adds a line "objectName X-window-id" to ``windows``: the
    driver finds windows by their objectName, in any language.
    """
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from app.theme import apply_color_scheme

    class Announce(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow() and watched.objectName()):
                with windows.open("a", encoding="utf-8") as file:
                    file.write(f"{watched.objectName()} {int(watched.winId())}\n")
            return False

    app = QApplication(sys.argv[:1])
    announce = Announce(app)
    app.installEventFilter(announce)
    # As when the desktop asks for dark (an X server alone has no colour scheme to say).
    apply_color_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    import main

    sys.exit(main.main([]))


def run(*command: str, display: str) -> str:
    """Run an X tool on ``display``; its output."""
    return subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, "DISPLAY": display}).stdout.strip()


def wait_for_window(name: str, windows: Path, timeout: float = 120) -> str:
    """The X id of the window whose objectName is ``name``, once the app has shown it."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        shown = windows.read_text(encoding="utf-8").split() if windows.exists() else []
        found = [window for object_name, window in zip(shown[::2], shown[1::2], strict=True)
                 if object_name == name]
        if found:
            time.sleep(0.5)  # mapped and painted
            return found[-1]
        time.sleep(0.5)
    raise RuntimeError(f"no window {name!r} after {timeout:.0f} s")


def geometry(window: str, display: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) of an X window."""
    values = dict(line.split("=") for line in run(
        "xdotool", "getwindowgeometry", "--shell", window, display=display).splitlines())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def stroke(points: list[tuple[int, int]], display: str) -> None:
    """One mouse stroke through ``points`` (screen pixels)."""
    run("xdotool", "mousemove", *map(str, points[0]), "mousedown", "1", display=display)
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / 12))  # no corner cut when busy
        for step in range(1, steps + 1):
            x, y = x0 + (x1 - x0) * step // steps, y0 + (y1 - y0) * step // steps
            run("xdotool", "mousemove", str(x), str(y), display=display)
            time.sleep(0.01)
    run("xdotool", "mouseup", "1", display=display)
    time.sleep(0.5)


def draw(shape: list[tuple[float, float]], main: str, display: str) -> None:
    """Draw ``shape`` in the canvas (the left part of the main window, under the toolbar)."""
    x, y, width, height = geometry(main, display)
    left, top, side = x + 20, y + 80, min(width - 520, height - 120)
    stroke([(int(left + fx * side), int(top + fy * side)) for fx, fy in shape], display)


def shoot(path: Path, display: str) -> None:
    """The whole screen as a PNG, reduced to 256 colours when over :data:`MAX_BYTES`."""
    time.sleep(1.5)  # the last repaint
    run("import", "-window", "root", str(path), display=display)
    if path.stat().st_size > MAX_BYTES:
        from PIL import Image

        Image.open(path).convert("RGB").quantize(256).save(path, optimize=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{path.stat().st_size // 1000} KB")


def key(keys: str, display: str) -> None:
    """Type ``keys`` ("ctrl+i") into the focused window."""
    run("xdotool", "key", "--clearmodifiers", keys, display=display)
    time.sleep(0.5)


def session(size: str, scheme: str, out: Path, wait: float, number: int) -> None:
    """One X server and one app: every window shot at ``size`` in ``scheme``."""
    display = f":{number}"
    language = os.environ.get("LANG", "C").split("_")[0].split(".")[0]
    suffix = f"-{size}-{scheme}" + ("" if language in ("C", "en", "POSIX") else f"-{language}")
    home = Path(tempfile.mkdtemp(prefix="dc-shots-"))
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten",
                               "tcp"], stderr=subprocess.DEVNULL)
    helpers = [server]
    try:
        time.sleep(1.5)
        if server.poll() is not None:
            raise RuntimeError(f"Xvfb could not start on {display}")
        if shutil.which("openbox"):
            helpers.append(subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                                            stderr=subprocess.DEVNULL))
        mnist = os.environ.get("MNIST_DIR") or str(ROOT / ".test-data")
        env = {**os.environ, "DISPLAY": display, "HOME": str(home), "MNIST_DIR": mnist,
               "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": "",
               "XDG_DATA_HOME": "", "XDG_CACHE_HOME": "", "TF_CPP_MIN_LOG_LEVEL": "2"}
        windows = home / "windows.txt"
        app = subprocess.Popen([sys.executable, "-m", "scripts.screenshots", "--launch",
                                scheme, "--windows", str(windows)], cwd=ROOT, env=env,
                               stderr=subprocess.DEVNULL)
        helpers.append(app)
        main = wait_for_window("mainWindow", windows)
        time.sleep(3)  # the model loads
        for digit, shape in (("1", ONE), ("3", THREE)):  # two saved drawings for My drawings
            draw(shape, main, display)
            key(digit, display)
        draw(THREE, main, display)
        shoot(out / f"window{suffix}.png", display)
        key("ctrl+i", display)
        inspector = wait_for_window("inspectorWindow", windows)
        x, y, width, _ = geometry(inspector, display)
        if width >= 960:  # wide (not beside the canvas): a map of the first layer enlarged
            run("xdotool", "mousemove", str(x + 420), str(y + 230), "click", "1",
                display=display)
        time.sleep(1)
        shoot(out / f"look-inside{suffix}.png", display)
        run("xdotool", "windowactivate", "--sync", inspector, display=display)
        key("Escape", display)  # closed: beside the canvas it covered Preferences' shot
        run("xdotool", "windowactivate", "--sync", main, display=display)
        key("ctrl+t", display)  # the main window's shortcuts
        wait_for_window("explorer", windows)
        time.sleep(wait)  # the test set read (minutes on a busy machine)
        shoot(out / f"explorer{suffix}.png", display)
        run("xdotool", "windowactivate", "--sync", main, display=display)
        key("ctrl+d", display)
        wait_for_window("samplesView", windows)
        shoot(out / f"drawings{suffix}.png", display)
        run("xdotool", "windowactivate", "--sync", main, display=display)
        key("ctrl+comma", display)
        shoot(out / f"preferences{suffix}.png", display)
    finally:
        for process in reversed(helpers):
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    """Every size and scheme asked for; 1 when a tool is missing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1366x768", "1920x1080"])
    parser.add_argument("--schemes", nargs="+", choices=["light", "dark"],
                        default=["light", "dark"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--wait", type=float, default=150,
                        help="seconds for the test-set explorer to read the test set")
    parser.add_argument("--launch", choices=["light", "dark"], help=argparse.SUPPRESS)
    parser.add_argument("--windows", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.launch:
        launch(args.launch, args.windows)
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        print(f"needs {', '.join(missing)} (Debian: apt-get install xvfb xdotool imagemagick)")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        for scheme in args.schemes:
            number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
            session(size, scheme, args.out, args.wait, number)
    return 0


if __name__ == "__main__":
    sys.exit(main())
