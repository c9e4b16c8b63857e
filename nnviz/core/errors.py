"""The exceptions the core raises on purpose: bad user input, and a computation called off."""


class InputError(ValueError):
    """User input is wrong; the message names what (file, line, layer, field) and why."""


class Cancelled(Exception):
    """A long computation was stopped because its progress callback returned False."""
