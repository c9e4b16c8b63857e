"""The optimizer race: several optimizers on one surface, from one start, side by side.

On a classic test surface (bowl, long narrow valley, saddle, Rosenbrock, several minima,
from :mod:`nnviz.core.surfaces`) or on the network's own cost over two of its parameters
(the other parameters fixed at the latest snapshot's values), every chosen optimizer
(SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, from :mod:`nnviz.core.optimizers`) runs
N steps from the same start p_0:

    p_{t+1} = optimizer step from p_t with g = ∇f(p_t)

Each path has its own colour (the colour-blind-safe palette) and a legend entry; a small
plot shows f(p_t) against t for all of them. Play reveals the race step by step, Step adds
one step, Reset goes back to the start; clicking the map moves the start. The learning
rate η is set per optimizer, or shared by all. Paths and the surface are computed off the
GUI thread (:class:`~nnviz.gui.jobs.JobRunner`) when a setting changes, never per frame.

The look: the map is drawn to scale and fills its plot exactly; the table of optimizers is
the paths' legend (colour, name, η, and how each race ended). In a wide view the map sits
left of the table and the loss plot, in a tall one above them. The loss plot's range is
fixed per race, and the map with its iso-lines is cached as a picture, so playing a race
repaints only the paths. Fonts, markers and lines follow the presentation scale.

Besides optimizers, the view races learning rates or batch sizes on the current problem
(:meth:`RaceView.set_comparison`, which a lesson's ``race`` table calls): each racer trains
a copy of the network from the configuration's start θ₀ with one setting changed (η, or the
full batch, mini-batches of m, one sample), and its cost over the whole training set after
every step is one loss curve, labelled "η = 0.1", "batch 10"..., against steps or epochs,
on a linear or log axis. For a one-parameter network a 1-D plot shows C(w) with each racer's
path w_0, w_1, ... (the learning-rates lecture: η = 0.01 crawls, 0.1 converges, 0.25
oscillates, 0.3 diverges); for a two-parameter one the map of C(θ₁, θ₂) with each path (the
mini-batch lecture). A racer whose cost grows past 10⁴ times its start (at least 1), or whose
step fails, stops there, labelled "diverged at step k". The view follows the lesson's
``race`` table (the optimizers again for a lesson without one) and the session's
configuration.

Modules: settings (the choices, Qt-free), race_task (the computation, Qt-free), comparison
(racing training settings, Qt-free), table (the optimizers and the legend), tracks (the
paths and the loss plot), comparison_tracks (the racers' curves and legend), view (the view).
"""

from nnviz.gui.views.race.view import OptimizerRaceView

RaceView = OptimizerRaceView  # the name issue 13's API uses

__all__ = ["OptimizerRaceView", "RaceView"]
