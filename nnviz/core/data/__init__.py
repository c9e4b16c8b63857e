"""Data: the :class:`Dataset` container, the lectures' seeded generators, the train/test split,
the CSV loader."""

from nnviz.core.data.csv_loader import load_csv
from nnviz.core.data.dataset import CLASSIFICATION, REGRESSION, Dataset, one_hot
from nnviz.core.data.generators import DATASETS, DatasetInfo, dataset_info, make_dataset
from nnviz.core.data.split import split_indices

__all__ = ["CLASSIFICATION", "REGRESSION", "DATASETS", "Dataset", "DatasetInfo", "dataset_info",
           "load_csv", "make_dataset", "one_hot", "split_indices"]
