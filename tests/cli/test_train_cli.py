"""`nnviz train` end to end: JSON lines, the perceptron rule, --save, bad options."""

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.commands.train_reports import TextReport
from nnviz.core.modelfile import load_model
from nnviz.core.snapshot import Snapshot

XOR_COMMAND = ["train", "--dataset", "xor", "--layers", "2,4,1", "--activation", "tanh",
               "--output-activation", "sigmoid", "--loss", "binary_cross_entropy",
               "--optimizer", "adam", "--lr", "0.05", "--steps", "2000", "--seed", "3", "--json"]
PROGRESS_KEYS = {"step", "epoch", "loss", "test_loss", "train_accuracy", "test_accuracy"}
FINAL_KEYS = {"steps", "epochs", "loss", "train_accuracy", "test_accuracy", "stopped"}
EVENT_KEYS = {"step", "x", "y", "prediction", "mistake", "weights", "bias"}


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def json_lines(capsys, *argv):
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_the_issue_example_learns_xor(capsys):
    lines = json_lines(capsys, *XOR_COMMAND)
    *progress, final = lines
    assert all(set(p) == PROGRESS_KEYS for p in progress)
    assert set(final) == FINAL_KEYS
    assert final["steps"] == 2000 and final["epochs"] == 2000.0 and final["stopped"] == "steps"
    assert final["train_accuracy"] == 1.0 and final["test_accuracy"] is None
    assert progress[0]["step"] == 0 and progress[0]["test_loss"] is None
    steps = [p["step"] for p in progress]
    assert steps == sorted(steps) and len(progress) <= 101
    assert final["loss"] < progress[0]["loss"]


def test_every_sets_the_line_rate(capsys):
    lines = json_lines(capsys, "train", "--dataset", "xor", "--steps", "10", "--every", "2", "--json")
    assert [line.get("step") for line in lines[:-1]] == [0, 2, 4, 6, 8]
    assert lines[-1]["steps"] == 10


def test_regression_has_null_accuracies(capsys):
    *progress, final = json_lines(capsys, "train", "--dataset", "line", "--steps", "50",
                                  "--batch", "8", "--optimizer", "sgd", "--json")
    assert final["train_accuracy"] is None and final["test_accuracy"] is None
    assert progress[0]["test_loss"] is not None  # the line set holds out a test set
    assert final["epochs"] == pytest.approx(50 * 8 / 40)  # 50 samples, 20 % held out


def test_epochs_and_minibatches(capsys):
    final = json_lines(capsys, "train", "--dataset", "circle", "--epochs", "3", "--batch", "32",
                       "--json")[-1]
    assert final["epochs"] == 3.0 and final["steps"] == 3 * 5  # 160 training samples / 32
    assert 0.0 <= final["test_accuracy"] <= 1.0


def test_divergence_is_reported(capsys):
    final = json_lines(capsys, "train", "--dataset", "line", "--optimizer", "sgd", "--lr", "1e3",
                       "--steps", "500", "--json")[-1]
    assert final["stopped"] == "diverged" and final["steps"] < 500


def test_target_loss_converges(capsys):
    final = json_lines(capsys, "train", "--dataset", "and", "--layers", "2,1", "--lr", "0.1",
                       "--target-loss", "0.1", "--steps", "5000", "--json")[-1]
    assert final["stopped"] == "converged" and final["loss"] <= 0.1


def test_save_then_load_and_explain(capsys, tmp_path):
    path = tmp_path / "xor.json"
    lines = json_lines(capsys, *XOR_COMMAND, "--save", str(path))
    net = load_model(path)
    assert net.architecture.sizes == (2, 4, 1)
    assert net.architecture.activations == ("tanh", "sigmoid")
    outputs = net.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]))[:, 0]
    np.testing.assert_array_equal(outputs > 0.5, [False, True, True, False])
    assert lines[-1]["train_accuracy"] == 1.0
    status, out, err = run(capsys, "explain", str(path), "--input", "1,0", "--target", "1")
    assert status == 0, err
    assert "Forward pass" in out


def test_start_from_a_model_file(capsys, tmp_path):
    path = tmp_path / "start.json"
    json_lines(capsys, "train", "--dataset", "xor", "--steps", "0", "--json", "--save", str(path))
    before = load_model(path).params
    final = json_lines(capsys, "train", "--dataset", "xor", "--model", str(path), "--steps", "0",
                       "--json", "--save", str(path))[-1]
    assert final["steps"] == 0
    np.testing.assert_array_equal(load_model(path).params, before)


def test_plain_text_progress_and_summary(capsys):
    status, out, err = run(capsys, "train", "--dataset", "xor", "--steps", "100")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("training a 2-4-1 network (tanh → sigmoid; loss binary_cross_entropy)")
    assert sum(line.startswith("step ") for line in lines) == 10
    assert any(line.startswith("stopped after 100 steps") for line in lines)
    assert "training loss" in lines[-1] and "\r" not in out + err


def test_progress_bar_on_a_terminal():
    out, err = io.StringIO(), io.StringIO()
    report = TextReport(out, err, total=10, bar=True, clock=iter(range(100)).__next__, width=200)
    snap = Snapshot(step=5, epoch=5.0, architecture=None, params=np.zeros(1), gradients=None,
                    train_loss=0.25, train_accuracy=0.75)
    report.progress(snap)
    assert err.getvalue().startswith("\r[" + "#" * 15 + "." * 15 + "]  50%")
    assert "loss 0.25" in err.getvalue() and "accuracy 75.0%" in err.getvalue()
    assert out.getvalue() == ""
    narrow = io.StringIO()
    TextReport(out, narrow, total=10, bar=True, width=40).progress(snap)
    assert narrow.getvalue() == "\r[" + "#" * 15 + "." * 15 + "]  50%  \033[K"  # 39 columns


# -- the perceptron rule -------------------------------------------------------------------------
def test_perceptron_events_and_convergence_on_and(capsys):
    *events, final = json_lines(capsys, "train", "--dataset", "and", "--rule", "perceptron", "--json")
    assert all(set(e) == EVENT_KEYS for e in events)
    assert [e["step"] for e in events] == list(range(1, len(events) + 1))
    assert set(final) == FINAL_KEYS and final["stopped"] == "converged"
    assert final["train_accuracy"] == 1.0 and final["steps"] == len(events)
    assert not any(e["mistake"] for e in events[-4:])  # the last epoch: no mistake
    for before, e in zip([{"weights": [0.0, 0.0], "bias": 0.0}] + events, events):
        # w ← w + y·x on a mistake (η = 1), unchanged otherwise
        step = e["y"] if e["mistake"] else 0
        assert e["weights"] == [w + step * x for w, x in zip(before["weights"], e["x"])]
        assert e["bias"] == before["bias"] + step
        assert e["mistake"] == (e["prediction"] != e["y"]) and e["y"] in (-1, 1)


def test_perceptron_does_not_converge_on_xor(capsys):
    *events, final = json_lines(capsys, "train", "--dataset", "xor", "--rule", "perceptron",
                                "--epochs", "50", "--json")
    assert len(events) == 200 and final["stopped"] == "steps" and final["train_accuracy"] <= 0.75


def test_perceptron_worked_start_from_a_csv_file(capsys, tmp_path):
    """w = (0, 0), x = (1, −1), y = −1 -> ŷ = +1, a mistake, w = (−1, 1)."""
    data = tmp_path / "points.csv"
    data.write_text("x1,x2,y\n1,-1,-1\n2,1,1\n")
    events = json_lines(capsys, "train", "--data", str(data), "--rule", "perceptron", "--no-bias",
                        "--json")
    first = events[0]
    assert first == {"step": 1, "x": [1.0, -1.0], "y": -1, "prediction": 1, "mistake": True,
                     "weights": [-1.0, 1.0], "bias": None}
    assert events[-1]["stopped"] == "converged"


def test_perceptron_save_is_a_step_network(capsys, tmp_path):
    path = tmp_path / "or.json"
    json_lines(capsys, "train", "--dataset", "or", "--rule", "perceptron", "--output-activation",
               "step", "--json", "--save", str(path))
    net = load_model(path)
    assert net.architecture.activations == ("step",)
    out = net.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]))[:, 0]
    np.testing.assert_array_equal(out, [0, 1, 1, 1])


# -- bad options: one line, exit 2 ---------------------------------------------------------------
@pytest.mark.parametrize(
    "argv, words",
    [
        (["train", "--dataset", "nope"], "unknown data set 'nope'"),
        (["train"], "--dataset"),
        (["train", "--dataset", "xor", "--data", "x.csv"], "not allowed with"),
        (["train", "--dataset", "xor", "--layers", "3,4,1"], "3 inputs but data set 'xor' has 2"),
        (["train", "--dataset", "xor", "--layers", "2,4,3"], "the output layer needs 1 or 2"),
        (["train", "--dataset", "digits", "--layers", "256,8,1"], "needs 10"),
        (["train", "--dataset", "xor", "--layers", "2,x,1"], "--layers 2,x,1"),
        (["train", "--dataset", "xor", "--layers", "2"], "--layers 2"),
        (["train", "--dataset", "xor", "--batch", "0"], "--batch 0"),
        (["train", "--dataset", "xor", "--batch", "half"], "--batch half"),
        (["train", "--dataset", "xor", "--lr", "-1"], "lr must be greater than 0"),
        (["train", "--dataset", "xor", "--lr", "0"], "lr must be greater than 0"),
        (["train", "--dataset", "xor", "--lr", "nan"], "lr must be a finite number"),
        (["train", "--dataset", "xor", "--steps", "-5"], "--steps -5"),
        (["train", "--dataset", "xor", "--steps", "ten"], "invalid int value"),
        (["train", "--dataset", "xor", "--steps", "5", "--epochs", "2"], "not allowed with"),
        (["train", "--dataset", "xor", "--every", "0"], "--every 0"),
        (["train", "--dataset", "xor", "--optimizer", "adamw"], "invalid choice"),
        (["train", "--dataset", "xor", "--output-activation", "tanh", "--loss",
          "binary_cross_entropy"], "needs a sigmoid output layer"),
        (["train", "--dataset", "xor", "--model", "missing.json"], "no such file"),
        (["train", "--dataset", "xor", "--model", "m.json", "--layers", "2,2,1"], "not allowed with"),
        (["train", "--data", "missing.csv"], "no such file"),
        (["train", "--data", "x.csv", "--noise", "0.1"], "--noise applies to generated"),
        (["train", "--dataset", "xor", "--save", "no/such/dir/m.json"], "does not exist"),
        (["train", "--dataset", "xor", "--rule", "perceptron", "--layers", "2,4,1"],
         "one neuron with no hidden layer"),
        (["train", "--dataset", "xor", "--rule", "perceptron", "--output-activation", "sigmoid"],
         "needs sign or step"),
        (["train", "--dataset", "xor", "--rule", "perceptron", "--optimizer", "adam"],
         "--optimizer does not apply"),
        (["train", "--dataset", "line", "--rule", "perceptron"], "needs two classes"),
        (["train", "--dataset", "digits", "--rule", "perceptron"], "needs two classes"),
    ],
)
def test_bad_options(capsys, tmp_path, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("nnviz: error:")
    assert words in err
    assert "Traceback" not in err


def test_model_that_does_not_fit_the_data(capsys, tmp_path):
    path = tmp_path / "m.json"
    json_lines(capsys, "train", "--dataset", "festival", "--steps", "0", "--json", "--save", str(path))
    status, _, err = run(capsys, "train", "--dataset", "xor", "--model", str(path))
    assert status == 2 and f"--model {path} has 3 inputs" in err
    status, _, err = run(capsys, "train", "--dataset", "festival", "--model", str(path), "--rule",
                         "perceptron")
    assert status == 2 and "one neuron with a sign or step activation" in err


def test_bad_csv_is_one_line_from_the_real_command(tmp_path):
    data = tmp_path / "bad.csv"
    data.write_text("1,2,0\n3,x,1\n")
    result = subprocess.run([sys.executable, "-m", "nnviz", "train", "--data", str(data)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "line 2" in result.stderr
    assert result.stdout == ""
