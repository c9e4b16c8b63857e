"""nnviz: watch neural networks learn."""

import os

# nnviz multiplies small matrices on two threads of its own (training, drawing). A
# multi-threaded BLAS only adds spinning threads that steal the cores from both (measured:
# 784-128-64-10 graph frames 6 ms single-threaded, 15-64 ms with OpenBLAS threads).
# Set before NumPy is imported; an explicit setting in the environment wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"
