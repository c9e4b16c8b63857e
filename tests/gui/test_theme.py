"""The theme: one presentation scale for fonts and pens, and a refusal of scales that make no sense."""

import math

import pytest
from PySide6.QtCore import QSettings

from nnviz.core.errors import InputError
from nnviz.gui.theme import (
    BASE_POINT_SIZE, HIGH_CONTRAST_WIDTH, MAX_SCALE, MIN_SCALE, SCALES, Theme, saved_theme,
    with_scale,
)
from tests.gui.contrast import contrast


def test_fonts_and_pens_grow_with_the_scale():
    small, large = Theme(scale=1.0), Theme(scale=2.0)
    assert large.point_size == 2 * small.point_size
    assert large.width(1.5) == 3.0 and small.width(1.5) == 1.5
    assert with_scale(Theme(dark=True), 1.5) == Theme(dark=True, scale=1.5)


@pytest.mark.parametrize("scale", [0, -1, MIN_SCALE / 2, MAX_SCALE * 2, math.nan, math.inf, "2"])
def test_a_scale_out_of_range_is_refused_with_one_message(scale):
    with pytest.raises(InputError, match="presentation scale must be a number from 50% to 400%"):
        Theme(scale=scale)


def test_the_scales_run_from_100_to_250_percent():
    assert SCALES == (1.0, 1.25, 1.5, 2.0, 2.5)
    for scale in SCALES:
        assert Theme(scale=scale).point_size == BASE_POINT_SIZE * scale


@pytest.mark.parametrize("dark", [False, True])
def test_high_contrast_is_pure_black_and_white_with_thicker_lines(dark):
    normal, strong = Theme(dark=dark), Theme(dark=dark, high_contrast=True)
    black, white = "#000000", "#ffffff"
    assert (strong.text, strong.panel, strong.plot_foreground) == (
        (white, black, white) if dark else (black, white, black))
    assert contrast(strong.text, strong.window) == 21.0
    for role in ("muted", "highlight", "plot_foreground"):
        assert contrast(getattr(strong, role), strong.panel) > contrast(getattr(normal, role),
                                                                          normal.panel), role
    assert contrast(strong.highlight, white) >= 4.5  # white selected text stays readable
    assert strong.width(2.0) == HIGH_CONTRAST_WIDTH * normal.width(2.0) > normal.width(2.0)
    assert with_scale(strong, 2.0) == Theme(dark=dark, scale=2.0, high_contrast=True)


def test_the_saved_theme_keeps_high_contrast_and_refuses_unknown_scales(tmp_path):
    settings = QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat)
    settings.setValue("theme/dark", True)
    settings.setValue("theme/scale", 2.5)
    settings.setValue("theme/high_contrast", True)
    assert saved_theme(settings) == Theme(dark=True, scale=2.5, high_contrast=True)
    settings.setValue("theme/scale", 3.0)
    assert saved_theme(settings).scale == 1.0


def test_the_app_has_its_icon_at_every_shipped_size(qapp):
    from nnviz.gui.app import ICON_SIZES, app_icon, create_application

    app = create_application()
    sizes = sorted(s.width() for s in app_icon().availableSizes())
    assert sizes == list(ICON_SIZES)
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "io.github.nnviz"
