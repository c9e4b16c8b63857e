"""The one exception type for bad user input (files, CSV, numbers, names)."""


class InputError(ValueError):
    """User input is wrong; the message names what (file, line, layer, field) and why."""
