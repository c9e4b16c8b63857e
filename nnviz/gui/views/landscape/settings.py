"""What the loss-surface view shows, Qt-free: the slice, its range and grid, the colours.

The slices (see :mod:`nnviz.gui.views.landscape`): "parameters" (θ_i, θ_j themselves),
"random" (two filter-normalised directions), "pca" (the path's principal plane) and "curve"
(C(θ_i) over one parameter). Each setter validates its value (InputError, nothing changed)
and returns whether anything changed, so the view recomputes only then.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.gui.kit.parameter_pair import with_picked

MODES = ("parameters", "random", "pca", "curve")
# the titles and tips are shown through translate("LandscapeView", ...)
MODE_TITLES = (QT_TRANSLATE_NOOP("LandscapeView", "two parameters"),
               QT_TRANSLATE_NOOP("LandscapeView", "random directions"),
               QT_TRANSLATE_NOOP("LandscapeView", "PCA of the path"),
               QT_TRANSLATE_NOOP("LandscapeView", "one parameter"))
MODE_TIPS = (QT_TRANSLATE_NOOP("LandscapeView", "C over two chosen parameters θ_i, θ_j, the others fixed"),
             QT_TRANSLATE_NOOP("LandscapeView", "C along two random filter-normalised directions through θ0 (Li et al. 2018)"),
             QT_TRANSLATE_NOOP("LandscapeView", "C over the plane of the first two principal directions of the path so far"),
             QT_TRANSLATE_NOOP("LandscapeView", "C(θ_i) along one parameter, the others fixed"))
DEFAULT_HALF_WIDTH = {"parameters": 4.0, "random": 1.0, "pca": 1.0, "curve": 4.0}
RESOLUTIONS = (41, 81, 121, 161, 201, 301)
DEFAULT_RESOLUTION = 121
AUTO_WORK = 4e10  # grid points x samples x parameters the automatic grid size allows
FOLLOW_WORK = 2e8  # ... a surface may cost to follow training by default (XOR: 1e6)


def automatic_resolution(n_samples: int, n_parameters: int) -> int:
    """The finest grid (at most the default) whose cost n² · samples · parameters stays
    within AUTO_WORK (seconds for the digits network, instant for XOR), at least the coarsest."""
    work = n_samples * n_parameters
    fitting = [n for n in RESOLUTIONS if n <= DEFAULT_RESOLUTION and n * n * work <= AUTO_WORK]
    return fitting[-1] if fitting else RESOLUTIONS[0]


def cheap_to_follow(resolution: int, n_samples: int, n_parameters: int) -> bool:
    """Whether a surface costs little enough (n² · samples · parameters within FOLLOW_WORK)
    to be recomputed through the current θ a few times a second while training runs."""
    return resolution * resolution * n_samples * n_parameters <= FOLLOW_WORK


@dataclass
class SliceSettings:
    """The user's choices: slice ``mode``, the parameters ``indices`` (i, j) (for a curve
    (i, i)), the half width of the square per mode, the grid ``resolution`` (automatic
    until chosen), log colours, following training (on where it is cheap, until chosen:
    ``follow_chosen``), the random directions' ``seed``."""

    mode: str = "parameters"
    indices: tuple[int, int] = (0, 1)
    half_width: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_HALF_WIDTH))
    resolution: int = DEFAULT_RESOLUTION
    automatic: bool = True
    log: bool = False
    follow: bool = False
    follow_chosen: bool = False
    seed: int = 0

    @property
    def range(self) -> float:
        """Half the width of the square of the current mode."""
        return self.half_width[self.mode]

    def fit(self, n_parameters: int) -> None:
        """A new network: the first parameters; a one-parameter model shows its curve."""
        if n_parameters == 1:
            self.mode, self.indices = "curve", (0, 0)
        else:
            self.indices = (0, 0) if self.mode == "curve" else (0, 1)

    def set_mode(self, mode: str, n_parameters: int) -> bool:
        if mode not in MODES:
            raise InputError(translate("LandscapeView", "unknown slice {mode} (known: {known})").format(
                mode=repr(mode), known=', '.join(MODES)))
        if mode == self.mode:
            return False
        self.mode = mode
        if mode == "parameters" and self.indices[0] == self.indices[1]:
            self.indices = (self.indices[0], (self.indices[0] + 1) % max(n_parameters, 2))
        return True

    def set_indices(self, i: int, j: int, n_parameters: int) -> None:
        """The two parameters of the "two parameters" slice (or θ_i for the curve)."""
        if not (0 <= i < n_parameters and 0 <= j < n_parameters):
            raise InputError(translate("LandscapeView", "parameter indices ({i}, {j}) out of range 0..{last}").format(
                i=i, j=j, last=n_parameters - 1))
        if self.mode != "curve" and i == j:
            raise InputError(translate("LandscapeView", "choose two different parameters"))
        self.indices = (int(i), int(j))

    def pick(self, index: int) -> tuple[tuple[int, int] | None, bool]:
        """θ_index picked elsewhere (an edge of the graph): (the new indices or None, whether
        the mode must become "parameters"). A curve moves to θ_index."""
        if self.mode == "curve":
            return (index, index), False
        return with_picked(self.indices, index), self.mode != "parameters"

    def set_range(self, half_width: float) -> bool:
        if not (math.isfinite(half_width) and half_width > 0):
            raise InputError(translate("LandscapeView", "the range must be a positive number, not {value}").format(value=half_width))
        if half_width == self.half_width[self.mode]:
            return False
        self.half_width[self.mode] = float(half_width)
        return True

    def set_resolution(self, n: int) -> bool:
        """Grid points per side, chosen by the user (no longer automatic)."""
        if not 5 <= n <= 1001:
            raise InputError(translate("LandscapeView", "the grid needs 5 to 1001 points per side, not {n}").format(n=n))
        self.automatic = False
        if n == self.resolution:
            return False
        self.resolution = int(n)
        return True
