"""The digit view: the selected sample of an image data set (mnist, digits, an IDX file) as
a picture, with the network's ten outputs a^L beside it.

The sample (Selection.sample in the Dataset's numbering: training rows, then test rows;
sample 1 with nothing selected; the walk's sample while a step-through is open) is drawn
large in grey levels, ink on paper, with its name and label above it ("test sample 12 ·
label 7"). Beside it (below it in a tall dock) a^L as bars, one per output neuron, named by
its class 0-9: P(digit) for a softmax output layer, a^L_j otherwise; the class the network
says (argmax_j a^L_j) in the highlight colour, the target y (e_label) as dashed outlines,
and the verdict "says 7 ✓" / "says 3 ✗ (label 5)". Under them a strip of the neighbouring
samples of the same set (the network's wrong answers outlined) to click, and ◀ ▶ (Left
Right), the set and number, and "next mistake". Every pick is a Select(sample=i) command.

A frame costs one forward pass of the strip's few samples (never the whole data set).

Modules: outputs (the numbers and words, Qt-free), bars (the bar chart), strip (the
thumbnails), view (the view).
"""

from nnviz.gui.views.digit.view import DigitView

__all__ = ["DigitView"]
