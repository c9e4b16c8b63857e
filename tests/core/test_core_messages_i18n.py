"""The words of core's messages and counts go through core.i18n.translate: with a translator
installed they come out translated, the file names, keys and numbers as they were; with none
they are the English the other tests compare."""

from __future__ import annotations

import pytest

from nnviz.core import i18n
from nnviz.core.counts import count_text
from nnviz.core.errors import InputError
from nnviz.core.limits import check_hidden
from nnviz.core.modelfile import model_from_json
from nnviz.core.network import Architecture
from nnviz.core.numbers import read_number

WORDS = {
    ("Counts", "{sizes} network: {neurons}, {weights}, {biases}, {parameters}"):
        "โครงข่าย {sizes}: {neurons}, {weights}, {biases}, {parameters}",
    ("Counts", "{n} neuron"): "นิวรอน {n} ตัว",
    ("Counts", "{n} neurons"): "นิวรอน {n} ตัว",
    ("Counts", "{n} weights"): "น้ำหนัก {n} ค่า",
    ("Counts", "{n} biases"): "ไบแอส {n} ตัว",
    ("Counts", "{n} parameters"): "พารามิเตอร์ {n} ตัว",
    ("Limits", "{source}: a layer has at most {most} neurons, not {n} (hidden layer {l})"):
        "{source}: ชั้นหนึ่งมีนิวรอนได้ไม่เกิน {most} ตัว ไม่ใช่ {n} (ชั้นซ่อน {l})",
    ("ModelFile", "field 'layers' must be a non-empty list"):
        "o campo 'layers' deve ser uma lista não vazia",
    ("Numbers", "{text!r} is not a number"): "{text!r} không phải là một số",
}


@pytest.fixture
def translated():
    i18n.install(lambda c, s, d, n: WORDS.get((c, s), s), "th")
    yield
    i18n.install(None)


def test_counts_in_english_and_translated(translated):
    arch = Architecture.dense([3, 4, 2], "sigmoid")
    assert count_text(arch) == "โครงข่าย 3-4-2: นิวรอน 6 ตัว, น้ำหนัก 20 ค่า, ไบแอส 6 ตัว, พารามิเตอร์ 26 ตัว"
    i18n.install(None)
    assert count_text(arch) == "3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters"


def test_a_limit_message_is_translated_with_its_numbers(translated):
    with pytest.raises(InputError) as e:
        check_hidden([2, 100_000], "--layers 2,100000,1")
    assert str(e.value) == ("--layers 2,100000,1: ชั้นหนึ่งมีนิวรอนได้ไม่เกิน 4,096 ตัว "
                            "ไม่ใช่ 100,000 (ชั้นซ่อน 2)")


def test_model_file_and_number_messages_are_translated(translated):
    text = '{"format": "nnviz-model", "version": 1, "loss": "half_squared_error", "layers": []}'
    with pytest.raises(InputError, match="^o campo 'layers' deve ser uma lista não vazia$"):
        model_from_json(text)
    with pytest.raises(InputError, match="^'abc' không phải là một số$"):
        read_number("abc")
