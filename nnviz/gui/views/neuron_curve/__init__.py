"""The neuron curve: one neuron with one input, a = f(w·x + b) over x.

For a network with one input and one output neuron (no hidden layer) the view draws the
output a = f(w·x + b) of the latest θ against x in [−10, 10], f the network's output
activation (σ, tanh, ReLU, step, sign, identity), with two sliders that set w and b (as
SetParameter commands, like editing the weight in the graph). Behind it, dashed, the
lectures' ghost curves σ(0.5x), σ(x), σ(2x) (the weight scales the curve) and σ(x − 5),
σ(x + 5) (the bias shifts it), drawn with f. Beside it, a step neuron step(w·x + b) with the
same w and b (a sigmoid neuron beside a step or sign network): at the marked x (a dotted
line to drag) both outputs are shown, so a small nudge of w flips the step neuron while the
sigmoid neuron moves a little. Other networks get a one-line message.

Modules: curves (the numbers, Qt-free), view (the view).
"""

from nnviz.gui.views.neuron_curve.view import NeuronCurveView

__all__ = ["NeuronCurveView"]
