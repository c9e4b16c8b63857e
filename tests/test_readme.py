"""The README's set-up commands work on a fresh machine, in a root shell without sudo too."""

import re
import shlex
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
DEPS_SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "install-system-deps.sh"


def _setup_commands() -> list[str]:
    """The shell commands in the README's set-up section's code blocks."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_setup_has_the_deps_script_then_the_app_and_the_tests():
    commands = _setup_commands()
    assert any("install-system-deps.sh" in c for c in commands)
    assert any(c.endswith(".venv/bin/nnviz") for c in commands)
    assert any("pytest" in c for c in commands)


def test_no_setup_command_needs_sudo():
    """A minimal system run as root has no sudo: the script itself uses sudo only when it
    is not run as root."""
    for command in _setup_commands():
        assert "sudo" not in shlex.split(command), command
    script = DEPS_SCRIPT.read_text(encoding="utf-8")
    assert 'if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi' in script
