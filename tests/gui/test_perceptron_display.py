"""The perceptron on the projector (issue 12, item 12): the sign neuron's boundary is the exact
line w·x + b = 0, its regions meet along it without a staircase of whole pixels."""

import numpy as np
import pytest

from nnviz.core.input_space import InputPlane, plane_maps
from nnviz.core.network import Network
from nnviz.gui.views.boundary import BoundaryView, pictures
from tests.gui.conftest import XOR_X, classification, snapshot_of

W, B = np.array([1.0, 2.0]), -1.7  # the line x1 + 2 x2 = 1.7 crosses the AND plane slantwise


def perceptron(activation="sign") -> Network:
    net = Network.create([2, 1], activation, activation, seed=0)
    net.set_params(np.array([*W, B]))
    return net


def and_data(labels="pm1"):
    return classification(XOR_X, np.array([0, 0, 0, 1]), labels=labels, name="and")


@pytest.mark.parametrize("activation, labels", [("sign", "pm1"), ("step", "01")])
def test_the_sign_boundary_is_the_line_w_x_plus_b(qtbot, activation, labels):
    view = BoundaryView(resolution=40)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.set_dataset(and_data(labels))
    view.show_snapshot(snapshot_of(perceptron(activation)))
    x, y = view.contour.getData()
    assert x is not None and len(x) >= 2
    on_line = np.column_stack([x, y]) @ W + B
    np.testing.assert_allclose(on_line, 0.0, atol=1e-9)  # every point of it, not a staircase
    # it crosses the whole plane: from edge to edge
    plane = view.plane
    assert np.ptp(x) > 0.5 * (plane.x_range[1] - plane.x_range[0])


def test_the_regions_meet_along_the_line_blended_over_one_pixel():
    plane = InputPlane.around(XOR_X, 40)
    maps = plane_maps(perceptron(), plane)
    picture = pictures.two_class_picture(maps, -1.0, 0.0, False, "sign")
    z = maps.z[-1][:, :, 0]
    image = picture.image
    gi, gj = np.gradient(z)
    distance = z / np.hypot(gi, gj)  # pixels from the line
    far = np.abs(distance) >= 0.5
    np.testing.assert_array_equal(image[far], np.where(z[far] > 0, 1.0, -1.0))
    near = np.abs(distance) < 0.5
    assert near.any()
    np.testing.assert_allclose(image[near], -1.0 + 2.0 * (0.5 + distance[near]))
    assert picture.levels == (-1.0, 1.0)


def test_a_smooth_output_keeps_its_own_map():
    net = Network.create([2, 3, 1], "tanh", "sigmoid", init="uniform", init_range=3.0, seed=5)
    maps = plane_maps(net, InputPlane.around(XOR_X, 8))
    picture = pictures.two_class_picture(maps, 0.0, 0.5, False, "sigmoid")
    np.testing.assert_array_equal(picture.image, maps.output[:, :, 0])
