"""Fixtures for the command-line tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nnviz.cli import main


@dataclass(frozen=True)
class CliResult:
    """What one in-process ``nnviz ...`` call returned and printed."""

    status: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys):
    """``run_cli("explain", "m.json", "--input", "1,2")``: nnviz.cli.main in-process."""

    def run(*argv: str) -> CliResult:
        status = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return CliResult(status, out, err)

    return run
