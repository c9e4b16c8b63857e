"""Data: the :class:`Dataset` container, the lectures' seeded generators, the train/test split,
and one loader for every data file (CSV tables, digit CSVs, IDX images)."""

from nnviz.core.data.csv_loader import load_csv
from nnviz.core.data.dataset import CLASSIFICATION, REGRESSION, Dataset, one_hot
from nnviz.core.data.files import default_test_ratio, load_data_file, needs_labels_file
from nnviz.core.data.generators import DATASETS, DatasetInfo, dataset_info, make_dataset
from nnviz.core.data.split import split_indices

__all__ = ["CLASSIFICATION", "REGRESSION", "DATASETS", "Dataset", "DatasetInfo", "dataset_info",
           "default_test_ratio", "load_csv", "load_data_file", "make_dataset",
           "needs_labels_file", "one_hot", "split_indices"]
