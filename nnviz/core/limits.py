"""The limits on what nnviz accepts, one set for the command line, lessons, model files and the
settings panel, and the checks that enforce them.

Each limit is a named constant with its reason. Each check raises an InputError naming the
value, the limit and where the value came from (``source``: an option, a file and field),
e.g. "--layers 2,100000000,1: a layer has at most 4,096 neurons, not 100,000,000".
A network N_0-N_1-...-N_L has P = Σ_l N_l (N_{l-1} + b_l) parameters, b_l = 1 with a bias.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from numbers import Integral, Real

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

MAX_HIDDEN_LAYERS = 16  # the graph view draws a column per layer: 18 columns fit 1366 pixels
MAX_NEURONS = 4096  # per hidden layer: a 4,096-row W^l is a rich lecture network, still drawable
MAX_INPUTS = 1024 * 1024  # N_0: a 1024x1024 grey image (the IDX reader's largest side)
MAX_OUTPUTS = 1000  # N_L and the number of classes: ImageNet's 1,000
MAX_SAMPLES = 1_000_000  # rows of data: MNIST has 70,000, the generators make at most 10^6
MAX_PARAMETERS = 10_000_000  # P: θ in float64 is 80 MB; with ∇θ and Adam's two moments 320 MB
MAX_ACTIVATIONS = 50_000_000  # n·Σ_l N_l: a forward pass over n samples keeps z^l and a^l, 800 MB
MIN_SCALE, MAX_SCALE = 0.5, 4.0  # presentation scale: half size to a hall's back row
MAX_SEED = 2**32 - 1  # NumPy's default_rng takes seeds 0..2^32-1 as one 32-bit word
MIN_IMAGE_SIZE = (640, 400)  # a rendered window: smaller and its controls overlap
MAX_IMAGE_SIDE = 8000  # a rendered picture's side: 8000x8000 RGBA is 256 MB


def _n(value: float) -> str:
    """1000000 -> '1,000,000' (a number as a message writes it)."""
    return f"{value:,}" if isinstance(value, Integral) else f"{value:g}"


def _whole(value: object, source: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InputError(translate("Limits", "{source}: {what} must be a whole number, not "
                                             "{value!r}").format(source=source, what=what,
                                                                 value=value))
    return int(value)


def _at_most(value: object, limit: int, source: str, what: str, minimum: int = 1) -> int:
    n = _whole(value, source, what)
    if n < minimum:
        raise InputError(translate("Limits", "{source}: {what} must be at least {least}, not {n}")
                         .format(source=source, what=what, least=_n(minimum), n=_n(n)))
    if n > limit:
        raise InputError(translate("Limits", "{source}: {what} must be at most {most}, not {n}")
                         .format(source=source, what=what, most=_n(limit), n=_n(n)))
    return n


def check_hidden(hidden: Sequence[object], source: str) -> tuple[int, ...]:
    """Hidden sizes N_1..N_{L-1}: at most MAX_HIDDEN_LAYERS layers of 1..MAX_NEURONS neurons."""
    if len(hidden) > MAX_HIDDEN_LAYERS:
        raise InputError(translate("Limits", "{source}: a network has at most {most} hidden "
                                             "layers, not {n}")
                         .format(source=source, most=MAX_HIDDEN_LAYERS, n=_n(len(hidden))))
    sizes = []
    for l, n in enumerate(hidden, start=1):
        n = _whole(n, source, translate("Limits", "hidden layer {l}'s size").format(l=l))
        if n < 1:
            raise InputError(translate("Limits", "{source}: hidden layer {l} needs at least one "
                                                 "neuron, not {n}")
                             .format(source=source, l=l, n=_n(n)))
        if n > MAX_NEURONS:
            raise InputError(translate("Limits", "{source}: a layer has at most {most} neurons, "
                                                 "not {n} (hidden layer {l})")
                             .format(source=source, most=_n(MAX_NEURONS), n=_n(n), l=l))
        sizes.append(n)
    return tuple(sizes)


def check_inputs(n: object, source: str) -> int:
    """N_0, the number of inputs: 1..MAX_INPUTS."""
    return _at_most(n, MAX_INPUTS, source, translate("Limits", "the number of inputs"))


def check_outputs(n: object, source: str) -> int:
    """N_L, the number of outputs: 1..MAX_OUTPUTS."""
    return _at_most(n, MAX_OUTPUTS, source, translate("Limits", "the number of outputs"))


def check_classes(k: object, source: str) -> int:
    """The number of classes K (labels 0..K-1), checked before anything K-sized is built."""
    return _at_most(k, MAX_OUTPUTS, source, translate("Limits", "the number of classes"))


def check_samples(n: object, source: str) -> int:
    """A number of samples (rows of data): 1..MAX_SAMPLES."""
    return _at_most(n, MAX_SAMPLES, source, translate("Limits", "the number of samples"))


def n_parameters(sizes: Sequence[int], bias: bool | Sequence[bool] = True) -> int:
    """P = Σ_{l=1..L} N_l (N_{l-1} + b_l), in Python integers (no overflow)."""
    flags = [bias] * (len(sizes) - 1) if isinstance(bias, bool) else list(bias)
    return sum(int(n) * (int(m) + int(b)) for m, n, b in zip(sizes, sizes[1:], flags))


def check_parameters(sizes: Sequence[int], source: str, bias: bool | Sequence[bool] = True) -> int:
    """P for sizes N_0..N_L at most MAX_PARAMETERS (the memory training needs); returns P."""
    p = n_parameters(sizes, bias)
    if p > MAX_PARAMETERS:
        raise InputError(translate(
            "Limits", "{source}: a network has at most {most} parameters (80 MB of float64 θ, "
                      "320 MB with its gradient and the optimizer's state), not {p} ({sizes})")
            .format(source=source, most=_n(MAX_PARAMETERS), p=_n(p),
                    sizes="-".join(str(int(n)) for n in sizes)))
    return p


def check_architecture(sizes: Sequence[object], source: str,
                       bias: bool | Sequence[bool] = True) -> tuple[int, ...]:
    """Sizes N_0..N_L (inputs, hidden layers, outputs) within every limit above, parameters
    included; returns them as ints. Call it before allocating W^l."""
    if len(sizes) < 2:
        raise InputError(translate("Limits", "{source}: a network needs an input size and at "
                                             "least one layer").format(source=source))
    n_in = check_inputs(sizes[0], source)
    hidden = check_hidden(sizes[1:-1], source)
    n_out = check_outputs(sizes[-1], source)
    out = (n_in, *hidden, n_out)
    check_parameters(out, source, bias)
    return out


def check_activations(n_samples: int, sizes: Sequence[int], source: str) -> int:
    """n·(N_1 + ... + N_L), the values z^l (and as many a^l) of a forward pass over n samples,
    at most MAX_ACTIVATIONS; returns it. Checked with the data, before the first pass."""
    values = int(n_samples) * sum(int(n) for n in sizes[1:])
    if values > MAX_ACTIVATIONS:
        raise InputError(translate(
            "Limits", "{source}: a forward pass over {n} samples through {sizes} computes "
                      "{values} values z^l and as many a^l; at most {most} (800 MB): fewer "
                      "samples or smaller layers")
            .format(source=source, n=_n(int(n_samples)), sizes="-".join(str(int(n)) for n in sizes),
                    values=_n(values), most=_n(MAX_ACTIVATIONS)))
    return values


def check_scale(scale: object, source: str) -> float:
    """The presentation scale: a finite number from MIN_SCALE to MAX_SCALE."""
    if isinstance(scale, bool) or not isinstance(scale, Real) \
            or not MIN_SCALE <= float(scale) <= MAX_SCALE:
        shown = f"{float(scale):g}" if isinstance(scale, Real) else repr(scale)
        raise InputError(translate("Limits", "{source}: the presentation scale must be a number "
                                             "from {least} to {most}, not {value}")
                         .format(source=source, least=f"{MIN_SCALE:g}", most=f"{MAX_SCALE:g}",
                                 value=shown))
    return float(scale)


def check_speed(speed: object, source: str) -> float:
    """Steps per second: a finite number > 0, or inf for "as fast as it goes" ("max")."""
    if isinstance(speed, bool) or not isinstance(speed, Real) or math.isnan(speed) \
            or not speed > 0:
        raise InputError(translate("Limits", "{source}: the speed must be steps per second (a "
                                             "number > 0) or \"max\", not {value!r}")
                         .format(source=source, value=speed))
    return float(speed)


def check_seed(seed: object, source: str) -> int:
    """A random seed: a whole number 0..MAX_SEED (what NumPy's default_rng takes)."""
    return _at_most(seed, MAX_SEED, source, translate("Limits", "a seed"), minimum=0)


def check_image_size(width: int, height: int, source: str) -> tuple[int, int]:
    """A rendered window's size in pixels: MIN_IMAGE_SIZE..MAX_IMAGE_SIDE a side."""
    (w_min, h_min), top = MIN_IMAGE_SIZE, MAX_IMAGE_SIDE
    if not (w_min <= width <= top and h_min <= height <= top):
        raise InputError(translate("Limits", "{source}: width must be {w_min}..{top} and height "
                                             "{h_min}..{top} pixels, not {width}x{height}")
                         .format(source=source, w_min=w_min, h_min=h_min, top=_n(top),
                                 width=width, height=height))
    return width, height
