"""The Step-through panel: view.py on the View contract; lines.py writes a step's three lines
and the matrix form, update_table.py the update's table, neuron_jump.py finds a neuron's
steps, exports.py writes the step and the walk to files."""

from nnviz.gui.views.walkthrough.view import StepThroughView

__all__ = ["StepThroughView"]
