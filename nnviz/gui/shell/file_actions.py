"""The File menu's actions of the main window: open a data set or a model, save the model,
export the window or a panel as PNG / SVG, an animation or a slide deck. A mixin of
:class:`~nnviz.gui.shell.main_window.MainWindow`: the methods use its session state, settings
panel, router, status line and its one way to refuse (``_refuse`` / ``_report``); a bad file
is one message and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from nnviz.core.config import CSV, DataSpec, check_model_fits, network_spec_of, validate
from nnviz.core.data import needs_labels_file
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.modelfile import load_model, save_model
from nnviz.gui.kit import dialogs
from nnviz.gui.kit.export import export_widget
from nnviz.gui.shell.lesson_player import headless_snapshot
from nnviz.session.commands import Configure, LoadModel


class FileActions:
    """File → Open data set / Open model / Save model / Export …"""

    def open_data(self) -> None:
        """Train on a data file: a CSV table, a digit CSV or IDX images (their labels found
        beside them, else asked for); test share the file's default (0.2 for images, 0 for a
        table). A bad file leaves the data, the network and the training as they were."""
        title = translate("MainWindow", "Cannot open the data set")
        path = dialogs.ask_open_path(self, translate("MainWindow", "Open a data set"),
                                     translate("MainWindow", "Data files (*.csv *.txt *idx*-ubyte "
                                                             "*idx*-ubyte.gz);;All files (*)"))
        if not path:
            return
        labels = None
        try:
            if needs_labels_file(path):
                labels = dialogs.ask_open_path(
                    self, translate("MainWindow", "Open the labels of {name}")
                    .format(name=Path(path).name),
                    translate("MainWindow", "IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)"))
                if not labels:
                    return
        except Exception as e:  # noqa: BLE001 - a user file must not crash the window
            self._refuse(title, e, path)
            return
        old = self.state.config
        spec = DataSpec(name=CSV, path=path, labels_path=labels, seed=old.data.seed)
        if self._change_config(old.with_data(**spec.__dict__), title=title, opening=path):
            d = self.state.dataset
            counts = dict(name=d.name, train=f"{len(d.x_train):,}", test=f"{len(d.x_test):,}",
                          share=f"{self.state.config.data.test_ratio:g}")
            self.status.say(translate(
                "MainWindow", "{name}: {train} training and {test} test samples, {w}×{h} images "
                              "(test share {share}): training starts again from step 0.")
                .format(w=d.image_shape[0], h=d.image_shape[1], **counts) if d.image_shape else
                translate("MainWindow", "{name}: {train} training and {test} test samples (test "
                                        "share {share}): training starts again from step 0.")
                .format(**counts))

    def open_model(self) -> None:
        """Train a saved network from its parameters, checked completely first (the
        trainer built here as the training thread builds it); a bad file is one message
        and changes nothing."""
        path = dialogs.ask_open_path(self, translate("MainWindow", "Open a model"),
                                     translate("MainWindow", "nnviz models (*.json);;All files (*)"))
        if not path:
            return
        dataset = self.state.dataset
        try:
            network = load_model(path)
            check_model_fits(network, dataset)
            old = self.state.config
            config = old.with_network(**network_spec_of(network, old.network).__dict__)
            validate(config, dataset)
            headless_snapshot(Configure(config, dataset), LoadModel(network, config))
        except Exception as e:  # noqa: BLE001 - a user file must not crash the window
            self._refuse(translate("MainWindow", "Cannot open the model"), e, path)
            return
        self.state.set_config(config)
        self.settings_panel.set_config(config)
        self.route(LoadModel(network, config))
        self.status.say(translate("MainWindow", "Loaded the model {path}: training starts from its "
                                        "parameters.").format(path=path))

    def save_model(self) -> None:
        snapshot = self.state.snapshot
        if snapshot is None:
            self._report(translate("MainWindow", "Nothing to save yet"),
                         translate("MainWindow", "Wait for the network to appear."), "information")
            return
        path = dialogs.ask_save_path(self, translate("MainWindow", "Save the model"), "model.json",
                                     translate("MainWindow", "nnviz models (*.json)"))
        if not path:
            return
        try:
            save_model(snapshot.network(), path)
        except InputError as e:
            self._report(translate("MainWindow", "Cannot save the model"), str(e), "warning")
            return
        self.status.say(translate("MainWindow", "Saved the model at step {step} to {path}")
                        .format(step=snapshot.step, path=path))

    def export_window(self) -> None:
        self._export(self, "nnviz.png")

    def export_animation(self) -> None:
        """File → Export animation… (shell/animation_dialog.py)."""
        from nnviz.gui.shell.animation_dialog import export_animation

        export_animation(self)

    def export_slide_deck(self) -> None:
        """File → Export slide deck… (shell/slide_deck.py)."""
        from nnviz.gui.shell.slide_deck import export_deck_from

        export_deck_from(self)

    def export_panel(self, key: str) -> None:
        self._export(self.view(key), f"{key}.png")

    def _export(self, widget: QWidget, suggestion: str) -> None:
        path = dialogs.ask_save_path(self, translate("MainWindow", "Export as PNG or SVG"),
                                     suggestion, translate("MainWindow", "PNG image (*.png);;SVG "
                                                                         "drawing (*.svg)"))
        if not path:
            return
        try:
            export_widget(widget, path)
        except InputError as e:
            self._report(translate("MainWindow", "Cannot export"), str(e), "warning")
            return
        self.status.say(translate("MainWindow", "Exported to {path}").format(path=path))
