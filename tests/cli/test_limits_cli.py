"""core.limits through the command line and lesson files: a value one past a limit is one error
line naming the value and the limit, exit status 2, nothing written; the value at the limit is
accepted (issue 15)."""

from __future__ import annotations

import pytest

TRAIN = ("train", "--dataset", "xor", "--steps", "1")
HIDDEN_17 = "2," + ",".join(["1"] * 17) + ",1"
HIDDEN_16 = "2," + ",".join(["1"] * 16) + ",1"


def refused(result, message: str) -> None:
    assert result.status == 2
    assert result.out == ""
    assert result.err.count("\n") == 1 and message in result.err, result.err


@pytest.mark.parametrize("args, message", [
    (("--layers", "2,100000000,1"),
     "--layers 2,100000000,1: a layer has at most 4,096 neurons, not 100,000,000 (hidden layer 1)"),
    (("--layers", "2,4097,1"), "a layer has at most 4,096 neurons, not 4,097"),
    (("--layers", HIDDEN_17),
     f"--layers {HIDDEN_17}: a network has at most 16 hidden layers, not 17"),
    (("--layers", "2,4,1001"), "--layers 2,4,1001: the number of outputs must be at most 1,000"),
    (("--layers", "1048577,1"), "the number of inputs must be at most 1,048,576, not 1,048,577"),
    (("--layers", "2,4096,4096,1"), "the network: a network has at most 10,000,000 parameters"),
    (("--seed", "-1"), "argument --seed: a seed must be at least 0, not -1"),
    (("--seed", "4294967296"), "argument --seed: a seed must be at most 4,294,967,295"),
    (("--data-seed", "-1"), "argument --data-seed: a seed must be at least 0, not -1"),
    (("--samples", "1000001"),
     "argument --samples: the number of samples must be at most 1,000,000"),
    (("--samples", "100000", "--layers", "2,501,1"),
     "the network: a forward pass over 100,000 samples through 2-501-1"),
])
def test_train_refuses_values_past_the_limits(run_cli, args, message):
    refused(run_cli(*TRAIN, *args), message)


@pytest.mark.parametrize("args", [
    ("--layers", "2,4096,1"), ("--layers", HIDDEN_16), ("--layers", "2,2048,2048,1"),
    ("--seed", "4294967295", "--data-seed", "0"), ("--samples", "100000", "--layers", "2,499,1"),
])
def test_train_accepts_values_at_the_limits(run_cli, args):
    result = run_cli(*TRAIN, "--test-ratio", "0", *args)
    assert result.status == 0, result.err


@pytest.mark.parametrize("args, message", [
    (("--scale", "nan"),
     "--scale nan: the presentation scale must be a number from 0.5 to 4, not nan"),
    (("--scale", "1e6"), "--scale 1e+06: the presentation scale must be a number from 0.5 to 4"),
    (("--scale", "4.01"), "--scale 4.01: the presentation scale must be a number from 0.5 to 4"),
    (("--scale", "0.49"), "--scale 0.49: the presentation scale"),
    (("--size", "8001x400"), "--size 8001x400: width must be 640..8,000 and height 400..8,000"),
    (("--size", "640x399"), "--size 640x399: width must be 640..8,000"),
    (("--seed", "-1"), "argument --seed: a seed must be at least 0, not -1"),
    (("--layers", "2,4097,1"), "--layers 2,4097,1: a layer has at most 4,096 neurons"),
])
def test_render_refuses_values_past_the_limits(run_cli, tmp_path, args, message):
    out = tmp_path / "x.png"
    refused(run_cli("render", "--out", out, "--steps", "0", *args), message)
    assert not out.exists()


def test_render_accepts_the_scale_and_size_at_the_limits(qapp, run_cli, tmp_path):
    for scale, size in (("4", "640x400"), ("0.5", "640x400")):
        out = tmp_path / f"{scale}.png"
        result = run_cli("render", "--out", out, "--steps", "0", "--scale", scale, "--size", size)
        assert result.status == 0, result.err
        assert out.stat().st_size > 0


# -- lesson files ------------------------------------------------------------------------

XOR = 'title = "t"\n[data]\ndataset = "xor"\n'
POINTS = 'title = "t"\n[data]\nkind = "classification"\nx = [[0.0], [1.0]]\n'


@pytest.mark.parametrize("at, past, message", [
    (XOR + "[network]\nhidden = [4096]\n", XOR + "[network]\nhidden = [4097]\n",
     "a layer has at most 4,096 neurons, not 4,097"),
    (XOR + "[network]\nhidden = [2]\n", XOR + "[network]\nhidden = [9223372036854775807]\n",
     "a layer has at most 4,096 neurons, not 9,223,372,036,854,775,807"),
    (XOR + f"[network]\nhidden = {[1] * 16}\n", XOR + f"[network]\nhidden = {[1] * 1000}\n",
     "a network has at most 16 hidden layers, not 1,000"),
    (POINTS + "y = [0, 999]\n", POINTS + "y = [0, 100000000]\n",
     "the number of classes must be at most 1,000, not 100,000,001"),
    (POINTS + "y = [0, 999]\n", POINTS + "y = [0, 10000]\n",
     "the number of classes must be at most 1,000, not 10,001"),
    (XOR + "[network]\nseed = 4294967295\n", XOR + "[network]\nseed = -1\n",
     "a seed must be at least 0, not -1"),
    (XOR.replace("xor\"\n", "xor\"\nseed = 4294967295\n"),
     XOR.replace("xor\"\n", "xor\"\nseed = 4294967296\n"),
     "a seed must be at most 4,294,967,295, not 4,294,967,296"),
    ('speed = "max"\n' + XOR, "speed = nan\n" + XOR, "not nan"),
    ("speed = 1e-9\n" + XOR, "speed = 0\n" + XOR, "not 0"),
])
def test_lesson_files_at_and_past_the_limits(run_cli, tmp_path, at, past, message):
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(at, encoding="utf-8")
    bad.write_text(past, encoding="utf-8")
    result = run_cli("train", "--lesson", good, "--steps", "1")
    assert result.status == 0, result.err
    refused(run_cli("train", "--lesson", bad, "--steps", "1"), message)
    assert "bad.toml" in result.err or "bad.toml" in run_cli("train", "--lesson", bad).err
