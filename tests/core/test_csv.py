"""The CSV loader: round trips, no dropped rows, the kind and labels, and every error naming
the file, the line and the column."""

import importlib.resources
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core.data import CLASSIFICATION, REGRESSION
from nnviz.core.data import load_csv
from nnviz.core.errors import InputError


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def load_text(tmp_path, text, **kwargs):
    return load_csv(write(tmp_path, text), **kwargs)


def error_of(tmp_path, text, **kwargs):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_csv(path, **kwargs)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    return message


# --- reading ----------------------------------------------------------------------------------

def test_header_names_quotes_whitespace_and_blank_lines(tmp_path):
    d = load_text(tmp_path, 'weight, "height" ,label\n1,2,0\n\n   \n3, 4 ,1\n"5",6,1\n')
    assert d.name == "data" and d.kind == CLASSIFICATION
    assert d.feature_names == ("weight", "height") and d.target_names == ("0", "1")
    np.testing.assert_array_equal(d.x_train, [[1, 2], [3, 4], [5, 6]])
    np.testing.assert_array_equal(d.y_train, [0, 1, 1])


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(tmp_path, delimiter):
    rows = [["a", "b", "y"], ["1.5", "-2", "0.25"], ["3", "4e-1", "7"]]
    d = load_text(tmp_path, "\n".join(delimiter.join(r) for r in rows) + "\n")
    assert d.kind == REGRESSION and d.feature_names == ("a", "b") and d.target_names == ("y",)
    np.testing.assert_array_equal(d.x_train, [[1.5, -2.0], [3.0, 0.4]])
    np.testing.assert_array_equal(d.y_train, [[0.25], [7.0]])


def test_semicolons_with_commas_inside_quotes(tmp_path):
    d = load_text(tmp_path, 'x;"a, b";y\n1;2;3\n4;5;6\n')
    assert d.feature_names == ("x", "a, b")


def test_no_header_gives_x1_to_xn(tmp_path):
    d = load_text(tmp_path, "1,2,3,1.5\n4,5,6,2.5\n")
    assert d.feature_names == ("x1", "x2", "x3") and d.target_names == ("y",)


def test_byte_order_mark_and_crlf(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffa,b\r\n1,2.5\r\n3,4.5\r\n".encode("utf-8"))
    d = load_csv(path)
    assert d.feature_names == ("a",)
    np.testing.assert_array_equal(d.y_train, [[2.5], [4.5]])


def test_forced_header_and_no_header(tmp_path):
    d = load_text(tmp_path, "1,2,3\n4,5,6\n", header=True)
    assert d.feature_names == ("1", "2") and d.x_train.tolist() == [[4, 5]]
    message = error_of(tmp_path, "a,b,c\n4,5,6\n", header=False)
    assert "line 1, column 1: 'a' is not a number" in message


def test_sample_files_load(tmp_path):
    data = importlib.resources.files("nnviz.resources") / "data"
    exam = load_csv(data / "exam.csv", test_ratio=0.2)
    assert exam.kind == CLASSIFICATION and exam.feature_names == ("hours_studied", "hours_slept")
    assert exam.target_names == ("0", "1") and len(exam.x_train) + len(exam.x_test) == 100
    spring = load_csv(data / "spring.csv")
    assert spring.kind == REGRESSION and spring.feature_names == ("load_kg",)
    assert spring.target_names == ("stretch_cm",) and spring.x_train.shape == (30, 1)


# --- kind and labels --------------------------------------------------------------------------

def test_pm1_labels_become_indices_0_and_1(tmp_path):
    d = load_text(tmp_path, "x1,x2,label\n1,-1,-1\n2,2,+1\n0,1,1\n")
    assert d.kind == CLASSIFICATION and d.labels == "pm1" and d.low_label == -1.0
    assert d.target_names == ("-1", "+1")
    np.testing.assert_array_equal(d.y_train, [0, 1, 1])


def test_class_labels_are_mapped_in_sorted_order(tmp_path):
    d = load_text(tmp_path, "x,c\n0,7\n1,2\n2,5\n3,2.0\n")
    assert d.target_names == ("2", "5", "7") and d.labels == "01"
    np.testing.assert_array_equal(d.y_train, [2, 0, 1, 0])


@pytest.mark.parametrize(
    "targets, kind",
    [
        (list(range(10)), CLASSIFICATION),  # 10 distinct whole numbers
        (list(range(11)), REGRESSION),  # 11 distinct
        ([0, 1, 0.5], REGRESSION),  # not whole
        ([3, 3, 3], REGRESSION),  # one value is no classification
    ],
)
def test_kind_is_detected_from_the_target(tmp_path, targets, kind):
    text = "x,y\n" + "".join(f"{i},{t}\n" for i, t in enumerate(targets))
    assert load_text(tmp_path, text).kind == kind


def test_kind_can_be_forced(tmp_path):
    text = "x,y\n0,0\n1,1\n2,0.5\n"
    forced = load_text(tmp_path, text, kind="classification")
    assert forced.target_names == ("0", "0.5", "1")
    np.testing.assert_array_equal(forced.y_train, [0, 2, 1])
    regression = load_text(tmp_path, "x,y\n0,0\n1,1\n", kind="regression")
    assert regression.kind == REGRESSION and regression.y_train.tolist() == [[0.0], [1.0]]


def test_bad_kind_and_a_single_class(tmp_path):
    with pytest.raises(InputError, match="kind must be one of classification, regression"):
        load_text(tmp_path, "x,y\n0,0\n", kind="clustering")
    message = error_of(tmp_path, "x,label\n0,1\n1,1\n", kind="classification")
    assert "the target, column 2 (label), holds the single value 1" in message


def test_split_is_stratified_and_seeded(tmp_path):
    text = "x,y\n" + "".join(f"{i},{int(i < 30)}\n" for i in range(100))
    a = load_text(tmp_path, text, test_ratio=0.2, seed=1)
    b = load_text(tmp_path, text, test_ratio=0.2, seed=1)
    c = load_text(tmp_path, text, test_ratio=0.2, seed=2)
    assert len(a.x_test) == 20 and np.bincount(a.y_test).tolist() == [14, 6]
    np.testing.assert_array_equal(a.x_test, b.x_test)
    assert not np.array_equal(a.x_test, c.x_test)
    with pytest.raises(InputError, match=r"test_ratio must be in \[0, 1\)"):
        load_text(tmp_path, text, test_ratio=1.0)


# --- the error suite: each names the file, the line and the column ----------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("a,b,c\n1,2,3\n4,x,6\n", "line 3, column 2 (b): 'x' is not a number"),
        ("1,2,3\n4,5,six\n", "line 2, column 3: 'six' is not a number"),
        ("a,b,c\n1,2,3\n\n\n4,5,abc\n", "line 5, column 3 (c): 'abc' is not a number"),
        ("a;b;c\n1,5;2;0\n", "line 2, column 1 (a): '1,5' is not a number (write decimals with '.')"),
        ("1,x,0\n2,3,1\n", "line 1, column 2: 'x' is not a number (if this line is a header, "),
        ("a,b,c\n1,2,3\n4,nan,6\n", "line 3, column 2 (b): 'nan' is not a finite number"),
        ("a,b,c\n1,2,inf\n", "line 2, column 3 (c): 'inf' is not a finite number"),
        ("a,b,c\n1,-Infinity,2\n", "line 2, column 2 (b): '-Infinity' is not a finite number"),
        ("a,b,c\n1,NaN,2\n", "line 2, column 2 (b): 'NaN' is not a finite number"),
        ("a,b,c\n1,,3\n", "line 2, column 2 (b): empty cell"),
        ("a,b,c\n1,2, \n", "line 2, column 3 (c): empty cell"),
        ("a,b,c\n1,2,3\n4,5,6\n\n1,2,3\n4\n", "line 6 has 1 cell, line 1 has 3 (column 2 (b) is missing)"),
        ("a,b,c\n1,2,3\n4,5,6\n\n1,2,3\n4,5\n", "line 6 has 2 cells, line 1 has 3 (column 3 (c) is missing)"),
        ("1,2,3\n4,5,6,7\n", "line 2 has 4 cells, line 1 has 3 (column 4 is extra)"),
        ("a,b,c\r\n1,2,3\r\n4,5,6,7\r\n", "line 3 has 4 cells, line 1 has 3 (column 4 is extra)"),
        ("1,2,3\n,,\n", "line 2, column 1: empty cell"),
        ("", "the file is empty (no rows)"),
        ("\n \n\n", "the file is empty (no rows)"),
        ("a,b,c\n", "no data rows after the header on line 1"),
        ("\n\na,b,c\n\n", "no data rows after the header on line 3"),
        ("1\n2\n3\n", "line 1 has a single column; need at least one feature column"),
        ("\nvalue\n1\n", "line 2 has a single column"),
        ('a,b,c\n1,2,3\n"4,5,6\n7,8,9\n', "line 3, column 1: a quoted cell runs on to line 4 (is a closing quote missing?)"),
        ('a,b,c\n1,"2\n\n",3\n', "line 2, column 2: a quoted cell runs on to line 4"),
    ],
)
def test_errors_name_the_line_and_the_column(tmp_path, text, expected):
    assert expected in error_of(tmp_path, text)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match=re.escape(f"{tmp_path / 'nope.csv'}: no such file")):
        load_csv(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="is a directory, not a CSV file"):
        load_csv(tmp_path)


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (it contains NUL bytes)"),
        (b"a,b\n1,2\n3,\xe9\n", "not a UTF-8 text file (line 3 has a byte that is not UTF-8)"),
    ],
)
def test_files_that_are_not_text(tmp_path, content, expected):
    path = tmp_path / "image.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(f"{path}: {expected}")):
        load_csv(path)


# --- round trips and no dropped rows ----------------------------------------------------------

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(1, 30),
    n_features=st.integers(1, 4),
    classification=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    data=st.data(),
)
def test_round_trip(tmp_path, n, n_features, classification, delimiter, data):
    x = np.array(data.draw(st.lists(st.lists(finite, min_size=n_features, max_size=n_features), min_size=n, max_size=n)))
    if classification:
        labels = np.array(data.draw(st.lists(st.sampled_from([-3, 0, 1, 4]), min_size=n, max_size=n)))
    else:
        labels = np.array(data.draw(st.lists(finite, min_size=n, max_size=n)))
    names = [f"feature {j}" for j in range(n_features)] + ["target"]
    lines = [delimiter.join(names)]
    lines += [delimiter.join(repr(float(v)) for v in row) + delimiter + repr(float(t)) for row, t in zip(x, labels)]
    d = load_text(tmp_path, "\n".join(lines) + "\n")
    np.testing.assert_array_equal(d.x_train, x)
    assert d.feature_names == tuple(names[:-1])
    if d.kind == CLASSIFICATION:
        classes = np.unique(labels)
        np.testing.assert_array_equal(classes[d.y_train], labels)
        assert d.target_names == tuple(("+1" if c == 1 and set(classes) == {-1, 1} else str(int(c))) for c in classes)
    else:
        np.testing.assert_array_equal(d.y_train[:, 0], labels)
        assert d.target_names == ("target",)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(st.integers(-50, 50), min_size=3, max_size=3), min_size=1, max_size=40),
    blanks=st.lists(st.sampled_from(["", " ", "\t", "  \t "]), max_size=40),
    positions=st.lists(st.integers(0, 100), max_size=40),
    header=st.booleans(),
    padding=st.sampled_from(["", " ", "  "]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_no_row_is_silently_dropped(tmp_path, rows, blanks, positions, header, padding, newline):
    """The loaded row count equals the non-blank data lines, in the file's order."""
    lines = [",".join(f"{padding}{v}{padding}" for v in row) for row in rows]
    for blank, position in zip(blanks, positions):
        lines.insert(position % (len(lines) + 1), blank)
    if header:
        lines.insert(0, "a,b,target")
    text = newline.join(lines) + newline
    d = load_text(tmp_path, text, kind="regression")
    data_lines = [line for line in text.splitlines() if line.strip()][int(header):]
    assert len(d.x_train) == len(data_lines) == len(rows)
    np.testing.assert_array_equal(np.hstack([d.x_train, d.y_train]), rows)
