"""Static checks of what packaging ships (fast; packaging/check-wheel.sh, check-desktop.sh and
build-bundle.sh build and run the real thing, in CI)."""

from __future__ import annotations

import configparser
import struct
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import nnviz

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / "io.github.nnviz.desktop"
METAINFO = PACKAGING / "io.github.nnviz.metainfo.xml"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path.name}: not a PNG"
    return struct.unpack(">II", data[16:24])


def packaged(resources: Path, patterns: list[str], excludes: list[str]) -> set[str]:
    """The files below ``resources`` that setuptools' package-data globs take (relative paths)."""
    taken = {p for pattern in patterns for p in resources.glob(pattern) if p.is_file()}
    dropped = {p for pattern in excludes for p in resources.glob(pattern)}
    return {p.relative_to(resources).as_posix() for p in taken - dropped}


def test_the_distribution_name_is_not_the_taken_nnviz_but_the_command_is_nnviz():
    project = pyproject()["project"]
    assert project["name"] == "nnviz-lectures"  # "nnviz" on the package index is another tool
    assert project["scripts"] == {"nnviz": "nnviz.cli:main"}
    assert project["readme"]["content-type"] == "text/markdown"
    assert project["license"] == "MIT"


def test_package_data_ships_every_resource_nested_folders_and_qm_files_included(tmp_path):
    settings = pyproject()["tool"]["setuptools"]
    patterns = settings["package-data"]["nnviz.resources"]
    excludes = settings["exclude-package-data"]["nnviz.resources"]
    # A resources folder as it will be: translations/*.qm, a nested folder, a cache to leave out.
    for name in ("lessons/xor.toml", "translations/nnviz_th.qm", "icons/nnviz-16.png",
                 "data/sub/deep.csv", "__pycache__/__init__.cpython-311.pyc",
                 "translations/__pycache__/x.pyc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert packaged(tmp_path, patterns, excludes) == {
        "lessons/xor.toml", "translations/nnviz_th.qm", "icons/nnviz-16.png", "data/sub/deep.csv"}
    real = ROOT / "resources"
    every_file = {p.relative_to(real).as_posix() for p in real.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts}
    assert every_file - packaged(real, patterns, excludes) == set()


def test_the_packaging_files_exist():
    for name in ("nnviz.spec", "io.github.nnviz.desktop", "io.github.nnviz.metainfo.xml",
                 "check-wheel.sh", "check-desktop.sh", "build-bundle.sh", "make_icons.py"):
        assert (PACKAGING / name).is_file(), name
    assert (ROOT / "MANIFEST.in").read_text(encoding="utf-8").count("graft packaging") == 1


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_the_icon_png_is_the_size_its_name_says(size):
    assert png_size(ICONS / f"nnviz-{size}.png") == (size, size)


def test_the_icon_svg_is_square_and_every_icon_file_is_a_known_size():
    svg = ElementTree.parse(ICONS / "nnviz.svg").getroot()
    assert svg.get("viewBox") == "0 0 256 256"
    names = {p.name for p in ICONS.iterdir()}
    assert names == {"nnviz.svg"} | {f"nnviz-{size}.png" for size in HICOLOR_SIZES}


def test_the_desktop_file_names_the_icon_the_command_and_one_main_category():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == "nnviz"
    assert desktop["Exec"] == "nnviz"
    main_categories = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game",
                       "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility"}
    assert len(set(desktop["Categories"].strip(";").split(";")) & main_categories) == 1


def test_the_metainfo_matches_the_desktop_file_and_the_version():
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("launchable").get("type") == "desktop-id"
    newest = component.find("releases/release")
    assert newest.get("version") == nnviz.__version__
    assert component.findtext("provides/binary") == "nnviz"
    assert component.findtext("url").startswith("https://")


def test_ci_runs_the_packaging_checks_before_the_readme_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    positions = [ci.find(f"packaging/{script}") for script in
                 ("check-desktop.sh", "check-wheel.sh", "build-bundle.sh")]
    assert -1 not in positions, positions
    assert max(positions) < ci.find(".venv/bin/python -m pytest -q &&")
    assert ".venv/bin/pip install -q -e '.[test]'" in ci
