"""How long a command takes to put a painted window on an X screen (for the bundle's report).

    xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/first_paint.py -- dist/nnviz/nnviz

Starts the command, then grabs the whole X screen every 50 ms (Qt's xcb platform, from this
process: it reads the X server's pixels, so it sees what the command really painted, not what
it meant to paint). Prints, in seconds from the start: the first grab in which the window's
pixels are on the screen (more than 2 % of the screen differs from the empty screen and it
holds more than 16 colours: a mapped but unpainted window is one flat colour), and the time the
screen settled (unchanged for 1 s). Then it ends the command (its own child, by its pid), saves
the last grab if --png is given, and exits 0, or 1 when nothing was painted before --timeout.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time

import numpy as np

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402


def grab(screen) -> np.ndarray:
    """The X screen's pixels as an (h, w) array of 0xRRGGBB integers."""
    image = screen.grabWindow(0).toImage().convertToFormat(QImage.Format.Format_RGB32)
    view = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return view.reshape(image.height(), image.width()).copy() & 0xFFFFFF


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--png", help="save the settled screen here")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to start, after --")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    screen = QGuiApplication.primaryScreen()
    empty = grab(screen)
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb")
    start = time.monotonic()
    child = subprocess.Popen(command, env=environment)
    first = settled = None
    previous, unchanged_since = empty, None
    try:
        while time.monotonic() - start < args.timeout and child.poll() is None:
            time.sleep(0.05)
            pixels = grab(screen)
            now = time.monotonic() - start
            changed = np.count_nonzero(pixels != empty) / pixels.size
            if first is None and changed > 0.02 and len(np.unique(pixels)) > 16:
                first = now
                print(f"first painted window: {first:.2f} s after the start", flush=True)
            if first is not None:
                if np.array_equal(pixels, previous):
                    unchanged_since = unchanged_since if unchanged_since is not None else now
                    if now - unchanged_since >= 1.0:
                        settled = unchanged_since
                        print(f"window settled (unchanged for 1 s): {settled:.2f} s after the start")
                        break
                else:
                    unchanged_since = None
            previous = pixels
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    if args.png:
        height, width = previous.shape
        rgb = (previous | 0xFF000000).astype(np.uint32)
        QImage(rgb.tobytes(), width, height, QImage.Format.Format_RGB32).save(args.png)
    if first is None:
        print(f"no painted window within {args.timeout:.0f} s (exit code {child.returncode})",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
