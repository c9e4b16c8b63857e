"""The core is pure NumPy: importing it never loads Qt or pyqtgraph (DESIGN rule 1)."""

import subprocess
import sys


def test_importing_the_core_and_the_cli_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, nnviz.core, nnviz.cli\n"
        "for m in pkgutil.iter_modules(nnviz.core.__path__):\n"
        "    importlib.import_module('nnviz.core.' + m.name)\n"
        "nnviz.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

