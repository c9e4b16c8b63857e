"""Benchmark: nnviz's training core against PyTorch on the same networks, data and steps.

Every case trains one network in both frameworks from the SAME initial parameters (nnviz's
θ copied into the torch layers), on the SAME data, with the same batch size, number of
steps, optimizer, hyper-parameters and loss, reshuffling mini-batches every epoch in both
(a full batch needs no order: its gradient is the mean over all samples):

    xor          2-4-1         sigmoid/sigmoid, ½ squared error, SGD     XOR (4), full batch
    moons        2-8-8-1       tanh/sigmoid, cross-entropy, Adam        200 points, full batch
    spiral       2-16-16-16-1  relu/sigmoid, cross-entropy, momentum    1000 points, batch 32
    digits       256-64-10     relu/softmax, cross-entropy, Adam        2000 samples, batch 64
    mnist_30     784-30-10     sigmoid/sigmoid, ½ squared error, SGD     MNIST 8,000, batch 10
    mnist_128    784-128-64-10 relu/softmax, cross-entropy, Adam        MNIST 8,000, batch 64

The first three are lecture-sized. The MNIST cases train on make_dataset("mnist") (its
seeded 8,000 / 2,000 split; only the 8,000 training images are used): mnist_30 is the
lecture's digit network (η = 3.0, one epoch = 800 steps), mnist_128 a larger modern one
(Adam, η = 0.001, three epochs = 375 steps). nnviz runs ``Trainer.run(steps)``, the path the app's
worker takes (with its divergence checks); PyTorch runs what a competent user writes: an
``nn.Sequential`` of ``nn.Linear`` and activations, ``torch.optim``, the loss (on logits for
the cross-entropies, as PyTorch recommends), and a plain loop of zero_grad / forward /
backward / step over batches taken by tensor indexing with a ``torch.randperm`` per epoch.
Only the training loop is timed (building the network, optimizer and trainer is not), and
the two frameworks alternate (nnviz, torch, nnviz, torch, ...) so machine noise hits both.

Precision: float64 in both. nnviz's core is float64 throughout (θ is one float64 vector),
so float64 is the only setting in which both do the same arithmetic. ``--float32`` also
times PyTorch in float32 (its default) against the same nnviz runs, and ``--fused`` PyTorch
with ``fused=True`` optimizers (one C++ kernel per step; not the default on CPU), both for
information: "min_speedup" is always the float64, default-optimizer comparison.

Threads: ``--threads N`` (default 1, like the app's worker, one thread beside the GUI)
sets OPENBLAS_NUM_THREADS, OMP_NUM_THREADS and MKL_NUM_THREADS before NumPy is imported and
``torch.set_num_threads(N)``, so both get the same number of threads.

Equal work: the final training loss of both is printed; and one extra (untimed) PyTorch run
fed nnviz's own shuffling order must end at the same loss as nnviz (relative difference
below 1e-6), which shows that both computed the same training.

Prints the median milliseconds of each and the ratio torch / nnviz per case; the last line
is one JSON object: "min_speedup" (the smallest ratio over the lecture-sized cases), the
ratio of every case ("ratio_<case>"), the medians, the thread count, "mnist_epoch_s" (one
epoch of the 8,000 MNIST images on 784-30-10 with batch 10: the median time per step times
800) and "targets_met": at least 3x on every lecture-sized case, 1.5x on mnist_30, no
slower on digits and mnist_128, and an MNIST epoch under 1 s.

Run: /work/venv/bin/python tests/benchmarks/bench_core.py [--repeats N] [--quick]
                                                [--threads N] [--float32] [--fused]
"""

from __future__ import annotations

import os
import sys


def _threads_from_argv(argv: list[str]) -> int:
    """--threads N (or --threads=N) from the command line, before NumPy is imported."""
    for i, arg in enumerate(argv):
        if arg == "--threads" and i + 1 < len(argv):
            return int(argv[i + 1])
        if arg.startswith("--threads="):
            return int(arg.split("=", 1)[1])
    return 1


THREADS = _threads_from_argv(sys.argv[1:])
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = str(THREADS)

import argparse  # noqa: E402  (the thread variables must be set before NumPy loads)
import itertools  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

from nnviz.core.data import Dataset  # noqa: E402
from nnviz.core.data import make_dataset  # noqa: E402
from nnviz.core.network import Architecture, Network  # noqa: E402
from nnviz.core.optimizers import make_optimizer  # noqa: E402
from nnviz.core.training import Trainer  # noqa: E402

torch.set_num_threads(THREADS)


@dataclass(frozen=True)
class Case:
    name: str
    dataset: str
    n: int
    sizes: tuple[int, ...]
    activation: str
    output_activation: str
    loss: str
    optimizer: str
    hyper: dict[str, float] = field(default_factory=dict)
    batch_size: int | None = None  # None: full batch
    steps: int = 1000
    lecture: bool = True
    target: float = 3.0  # the smallest torch/nnviz ratio that meets the target
    test_ratio: float = 0.0  # held out by make_dataset (not trained on, not timed)


CASES = (
    Case("xor_2-4-1", "xor", 4, (2, 4, 1), "sigmoid", "sigmoid", "half_squared_error",
         "sgd", {"lr": 0.5}, None, 3000),
    Case("moons200_2-8-8-1", "moons", 200, (2, 8, 8, 1), "tanh", "sigmoid",
         "binary_cross_entropy", "adam", {"lr": 0.01}, None, 2000),
    Case("spiral1000_2-16-16-16-1", "spiral", 1000, (2, 16, 16, 16, 1), "relu", "sigmoid",
         "binary_cross_entropy", "momentum", {"lr": 0.05, "momentum": 0.9}, 32, 1500),
    Case("digits2000_256-64-10", "digits", 2000, (256, 64, 10), "relu", "softmax",
         "softmax_cross_entropy", "adam", {"lr": 0.001}, 64, 300, lecture=False, target=1.0),
    Case("mnist_30", "mnist", 10_000, (784, 30, 10), "sigmoid", "sigmoid",
         "half_squared_error", "sgd", {"lr": 3.0}, 10, 800, lecture=False, target=1.5,
         test_ratio=0.2),
    Case("mnist_128", "mnist", 10_000, (784, 128, 64, 10), "relu", "softmax",
         "softmax_cross_entropy", "adam", {"lr": 0.001}, 64, 375, lecture=False, target=1.0,
         test_ratio=0.2),
)
MNIST_EPOCH_CASE = "mnist_30"  # one epoch: 8,000 images in batches of 10 = 800 steps
MNIST_EPOCH_STEPS = 800
MNIST_EPOCH_TARGET_S = 1.0

SEED = 0


@dataclass
class Prepared:
    """A case's data and initial θ, shared by every run of both frameworks."""

    case: Case
    data: Dataset
    architecture: Architecture
    theta0: np.ndarray
    targets: np.ndarray  # nnviz's targets (one column of 0/1, or one-hot rows)
    n: int


def prepare(case: Case) -> Prepared:
    data = make_dataset(case.dataset, n=case.n, test_ratio=case.test_ratio, seed=SEED)
    net = Network.create(case.sizes, case.activation, case.output_activation, case.loss,
                         seed=SEED)
    targets = data.encode(data.y_train, case.sizes[-1], 0.0)
    return Prepared(case, data, net.architecture, net.params.copy(), targets,
                    data.x_train.shape[0])


# -- nnviz --------------------------------------------------------------------------------
def nnviz_trainer(p: Prepared) -> Trainer:
    c = p.case
    net = Network(p.architecture, p.theta0.copy())
    return Trainer(net, make_optimizer(c.optimizer, **c.hyper), p.data,
                   batch_size=c.batch_size, shuffle=True, seed=SEED)


def run_nnviz(p: Prepared) -> tuple[float, float]:
    """Seconds for ``Trainer.run(steps)`` and the final training loss."""
    trainer = nnviz_trainer(p)
    t0 = time.perf_counter()
    done = trainer.run(p.case.steps)
    seconds = time.perf_counter() - t0
    assert done == p.case.steps, f"nnviz stopped early: {trainer.message}"
    return seconds, trainer.evaluate().train_loss


# -- PyTorch ------------------------------------------------------------------------------
_TORCH_ACTIVATIONS = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}


class TorchSetup:
    """A case's model, optimizer, loss and data as a PyTorch user would write them."""

    def __init__(self, p: Prepared, dtype: torch.dtype, fused: bool = False):
        c = p.case
        n_layers = len(c.sizes) - 1
        weights, biases = p.architecture.unflatten(p.theta0)
        layers: list[torch.nn.Module] = []
        for l in range(n_layers):
            linear = torch.nn.Linear(c.sizes[l], c.sizes[l + 1], dtype=dtype)
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(weights[l]))
                linear.bias.copy_(torch.from_numpy(biases[l]))
            layers.append(linear)
            if l < n_layers - 1:
                layers.append(_TORCH_ACTIVATIONS[c.activation]())
        if c.loss == "half_squared_error":  # a sigmoid output and ½ squared error
            layers.append(_TORCH_ACTIVATIONS[c.output_activation]())
            mse = torch.nn.MSELoss()  # the mean over the m·N_L numbers (a_j - y_j)²
            scale = 0.5 * c.sizes[-1]  # C = 1/m Σ_x ½ Σ_j (a_j - y_j)² = ½ N_L · MSE
            self.loss_fn = lambda out, y: scale * mse(out, y)
            self.y = torch.from_numpy(p.targets).to(dtype)
        elif c.loss == "binary_cross_entropy":  # sigmoid fused into the loss, on logits
            self.loss_fn = torch.nn.BCEWithLogitsLoss()
            self.y = torch.from_numpy(p.targets).to(dtype)
        elif c.loss == "softmax_cross_entropy":  # softmax fused into the loss, class indices
            self.loss_fn = torch.nn.CrossEntropyLoss()
            self.y = torch.from_numpy(np.array(p.data.y_train, dtype=np.int64))
        else:
            raise ValueError(c.loss)
        self.model = torch.nn.Sequential(*layers)
        self.x = torch.from_numpy(np.array(p.data.x_train)).to(dtype)
        hyper = dict(c.hyper)
        params = self.model.parameters()
        kernel = {"fused": True} if fused else {}  # the default is torch's per-tensor loop
        if c.optimizer == "sgd":
            self.optimizer = torch.optim.SGD(params, lr=hyper["lr"], **kernel)
        elif c.optimizer == "momentum":  # v ← μv + g; θ ← θ − ηv: nnviz's rule with v' = −ηv
            self.optimizer = torch.optim.SGD(params, lr=hyper["lr"], momentum=hyper["momentum"],
                                             **kernel)
        elif c.optimizer == "adam":
            self.optimizer = torch.optim.Adam(params, lr=hyper["lr"], **kernel)
        else:
            raise ValueError(c.optimizer)
        self.batch_size = c.batch_size or p.n
        self.steps = c.steps
        self.generator = torch.Generator().manual_seed(SEED)

    def train(self, orders=None) -> None:
        """The training loop. ``orders``: an iterator of per-epoch permutations (else randperm)."""
        model, opt, loss_fn, x, y = self.model, self.optimizer, self.loss_fn, self.x, self.y
        n, m = x.shape[0], self.batch_size
        step = 0
        while step < self.steps:
            if m >= n:  # full batch: every step sees every sample
                batches = [(x, y)]
            else:
                perm = (next(orders) if orders is not None
                        else torch.randperm(n, generator=self.generator))
                batches = ((x[idx], y[idx]) for idx in perm.split(m))
            for xb, yb in batches:
                opt.zero_grad()
                loss = loss_fn(model(xb), yb)
                loss.backward()
                opt.step()
                step += 1
                if step == self.steps:
                    break

    def final_loss(self) -> float:
        with torch.inference_mode():
            return float(self.loss_fn(self.model(self.x), self.y))


def run_torch(p: Prepared, dtype: torch.dtype, fused: bool = False) -> tuple[float, float]:
    """Seconds for the training loop and the final training loss."""
    setup = TorchSetup(p, dtype, fused)
    t0 = time.perf_counter()
    setup.train()
    seconds = time.perf_counter() - t0
    return seconds, setup.final_loss()


def torch_with_nnviz_order(p: Prepared) -> float:
    """Final loss of PyTorch (float64) fed the very batches nnviz's Trainer draws."""
    setup = TorchSetup(p, torch.float64)
    rng = np.random.default_rng(SEED)  # the Trainer's generator: one permutation per epoch
    orders = (torch.from_numpy(rng.permutation(p.n)) for _ in itertools.count())
    setup.train(orders)
    return setup.final_loss()


# -- the run ------------------------------------------------------------------------------
def blas_threads() -> str:
    """What NumPy's OpenBLAS reports, to show the environment took effect."""
    try:
        import ctypes

        maps = open("/proc/self/maps").read().split()
        lib = next(m for m in maps if "openblas" in m and m.endswith(".so"))
        handle = ctypes.CDLL(lib)
        for symbol in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                       "openblas_get_num_threads"):
            if hasattr(handle, symbol):
                return str(getattr(handle, symbol)())
    except (OSError, StopIteration):
        pass
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="timed runs per framework")
    parser.add_argument("--quick", action="store_true", help="3 repeats, a fifth of the steps")
    parser.add_argument("--threads", type=int, default=1, help="BLAS / torch threads")
    parser.add_argument("--float32", action="store_true", help="also time torch in float32")
    parser.add_argument("--fused", action="store_true",
                        help="also time torch with fused=True optimizers (not its default)")
    parser.add_argument("--case", action="append", choices=[c.name for c in CASES],
                        help="run only this case (repeatable; default: all)")
    args = parser.parse_args()
    repeats = 3 if args.quick else args.repeats
    cases = tuple(c for c in CASES if not args.case or c.name in args.case)
    if args.quick:
        cases = tuple(Case(**{**c.__dict__, "steps": max(1, c.steps // 5)}) for c in cases)

    print(f"threads: {THREADS} (torch {torch.get_num_threads()}, OpenBLAS {blas_threads()}); "
          f"numpy {np.__version__}, torch {torch.__version__}; float64 in both; "
          f"{repeats} alternating runs each, medians")
    result: dict[str, object] = {"threads": THREADS}
    ratios: dict[str, float] = {}
    for case in cases:
        p = prepare(case)
        runners = {"nnviz": lambda: run_nnviz(p), "torch": lambda: run_torch(p, torch.float64)}
        if args.float32:
            runners["torch32"] = lambda: run_torch(p, torch.float32)
        if args.fused:
            runners["fused"] = lambda: run_torch(p, torch.float64, fused=True)
        for run in runners.values():  # warm up: imports, allocations, torch's first call
            run()
        times: dict[str, list[float]] = {k: [] for k in runners}
        losses: dict[str, float] = {}
        for _ in range(repeats):
            for key, run in runners.items():  # alternating: nnviz, torch, nnviz, torch, ...
                seconds, losses[key] = run()
                times[key].append(seconds)
        med = {k: statistics.median(v) * 1e3 for k, v in times.items()}
        ratio = med["torch"] / med["nnviz"]
        ratios[case.name] = ratio
        same_order = torch_with_nnviz_order(p)
        rel = abs(same_order - losses["nnviz"]) / max(abs(losses["nnviz"]), 1e-300)
        batch = "full" if case.batch_size is None else case.batch_size
        verdict = "met" if ratio >= case.target else "NOT MET"
        print(f"{case.name:24s} {case.steps:5d} steps, batch {batch}:  nnviz {med['nnviz']:8.1f} ms "
              f"({1e3 * med['nnviz'] / case.steps:6.1f} µs/step)  torch {med['torch']:8.1f} ms "
              f"({1e3 * med['torch'] / case.steps:6.1f} µs/step)  torch/nnviz {ratio:5.2f}x "
              f"(target ≥ {case.target:g}x: {verdict})")
        print(f"{'':24s} final training loss: nnviz {losses['nnviz']:.6g}, torch "
              f"{losses['torch']:.6g} (its own shuffle), torch with nnviz's batches "
              f"{same_order:.6g} (rel. diff {rel:.1e})")
        if args.float32:
            r32 = med["torch32"] / med["nnviz"]
            print(f"{'':24s} torch float32 {med['torch32']:8.1f} ms, torch32/nnviz {r32:5.2f}x, "
                  f"final loss {losses['torch32']:.6g}")
            result[f"ratio_float32_{case.name}"] = round(r32, 3)
        if args.fused:
            rf = med["fused"] / med["nnviz"]
            print(f"{'':24s} torch fused   {med['fused']:8.1f} ms, fused/nnviz   {rf:5.2f}x, "
                  f"final loss {losses['fused']:.6g}")
            result[f"ratio_fused_{case.name}"] = round(rf, 3)
        if not rel < 1e-6:
            raise SystemExit(f"{case.name}: nnviz and torch did not do the same training")
        if not all(math.isfinite(v) for v in losses.values()):
            raise SystemExit(f"{case.name}: a run diverged")
        result[f"nnviz_ms_{case.name}"] = round(med["nnviz"], 2)
        result[f"torch_ms_{case.name}"] = round(med["torch"], 2)
        if case.name == MNIST_EPOCH_CASE:
            epoch_s = med["nnviz"] / 1e3 / case.steps * MNIST_EPOCH_STEPS
            result["mnist_epoch_s"] = round(epoch_s, 4)
            print(f"{'':24s} one MNIST epoch (8,000 images, batch 10): {epoch_s:.3f} s "
                  f"(target < {MNIST_EPOCH_TARGET_S:g} s: "
                  f"{'met' if epoch_s < MNIST_EPOCH_TARGET_S else 'NOT MET'})")
    lecture = [ratios[c.name] for c in cases if c.lecture]
    if lecture:
        result["min_speedup"] = round(min(lecture), 3)
    for name, ratio in ratios.items():
        result[f"ratio_{name}"] = round(ratio, 3)
    result["targets_met"] = all(ratios[c.name] >= c.target for c in cases) and (
        result.get("mnist_epoch_s", 0.0) < MNIST_EPOCH_TARGET_S
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
