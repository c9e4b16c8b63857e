"""The loss-surface view: C(θ) over a 2-D slice of parameter space, and the path gradient
descent takes over it, live.

The slice is the plane θ(u, v) = θ0 + (u − u0) d1 + (v − v0) d2 of :mod:`nnviz.core.landscape`:

    two parameters   the axes are two parameters θ_i, θ_j (w^l_jk or b^l_j) themselves, every
                     other parameter stays as in θ0: pick them from the lists, or select a
                     parameter (an edge of the graph view) in the session;
    random           two random filter-normalised directions through θ0 (Li et al. 2018);
    PCA              the plane of the first two principal directions of the path so far;
    one parameter    the curve C(θ_i) (the only choice for a one-parameter model, ŷ = w·x).

The heatmap is C over a grid (sequential colours, optionally log₁₀ C) with iso-lines and a
colour bar. θ0 is the θ the surface was computed at: the first snapshot, or the current
one after "centre on current". The surface is computed off the GUI thread
(:class:`~nnviz.gui.jobs.JobRunner`), only when the slice, its centre, its range or the data
change (never per frame), with a progress bar and a cancel button; a result for an
outdated request is dropped.

On top, every frame: the path = each snapshot's θ_t projected onto the slice (for two
parameters simply (θ_i, θ_j)), its start, the current point, the last step θ_t − θ_{t−1}
as an arrow, and the negative gradient −∇C at the current point (full batch, projected:
(−∂C/∂θ · d1, −∂C/∂θ · d2)) as an arrow whose length is |∇C| relative to the steep parts
of the surface (its 90th percentile of |∇C|), so it shrinks as the path reaches a minimum.
Clicking the map issues ``SetParameters(θ)`` with θ = θ(u, v) of the clicked point.

Modules: settings (the choices, Qt-free), surface_task (the computation, Qt-free),
path_buffer (the bounded recorded path), path_layer and canvas (what is drawn), controls,
gradient (∇C for the arrow), words (status line and legend), view (the view).
"""

from nnviz.gui.views.landscape.view import LandscapeView

__all__ = ["LandscapeView"]
