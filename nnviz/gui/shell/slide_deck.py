"""The lesson's steps and one step-through as a slide deck: one PNG per step in a folder,
the step-through's LaTeX Beamer frames (``nnviz explain --format beamer``'s document) and a
markdown outline naming every picture with its title and narration.

    lesson-00.png … lesson-NN.png   the window at the lesson's start and after each step
    walk-001.png …                  the step-through of one sample at every step, from the
                                    state after the lesson's last step
    walk-slides.tex                 the step-through as Beamer frames
    slides.md                       the outline, in slide order

The pictures come from a second main window that is never shown on screen (shell/offscreen:
the lecturer's window and its training are left alone), at the size and presentation the
caller asks for.
The folder is written whole or not at all (core.folders).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from nnviz.core.errors import InputError
from nnviz.core.explain import render
from nnviz.core.folders import check_folder, write_folder_atomically
from nnviz.core.i18n import translate
from nnviz.gui.kit.export import png_bytes
from nnviz.gui.shell.offscreen import grab, hidden_window

DECK_FILES = re.compile(r"lesson-\d{2,3}\.png|walk-\d{3,4}\.png|walk-slides\.tex|slides\.md")
MAX_WALK_PAGES = 400  # a 784-30-10 walk has thousands of steps: a deck of them helps nobody


@dataclass(frozen=True)
class Page:
    """One slide: its file name, picture, the outline's heading and text, and how many
    pages the deck is known to have so far (the walk's count once it is open)."""

    name: str
    image: QImage
    heading: str
    text: str
    total: int


def count_pages(lesson) -> int:
    """The lesson pages a deck of ``lesson`` has (its start and each step); the walk's pages
    are known only once the lesson has run."""
    return len(lesson.steps) + 1


def deck_pages(window_class: type, lesson, size: tuple[int, int], *, sample: int | None = 1,
               lecture: bool = False, beamer: list[str] | None = None) -> Iterator[Page]:
    """The deck's pages in order: the lesson's start and steps, then (unless ``sample`` is
    None) the step-through of training sample ``sample`` (1-based) on the lesson's final state.
    The walk's Beamer document is appended to ``beamer`` when it has worked numbers."""
    from nnviz.session.commands import OpenWalk, Walk

    with hidden_window(window_class, lesson, size, lecture=lecture) as window:
        width = max(2, len(str(len(lesson.steps))))
        for number in range(len(lesson.steps) + 1):
            window.show_lesson_step(number, strict=True)
            if number:
                step = lesson.steps[number - 1]
                heading = translate("SlideDeck", "Step {number} of {count}: {title}").format(
                    number=number, count=len(lesson.steps), title=step.title)
                text = step.text
            else:
                heading, text = lesson.title, lesson.description
            yield Page(f"lesson-{number:0{width}d}.png", grab(window, size), heading, text,
                       count_pages(lesson))
        if sample is None:
            return
        n_samples = window.state.dataset.n_samples
        if not 1 <= sample <= n_samples:
            raise InputError(translate("SlideDeck", "sample {sample}: the data set has samples "
                                                    "1 to {n}").format(sample=sample, n=n_samples))
        window.route(OpenWalk(sample - 1))
        walk = window.state.walk
        if walk is None:
            return
        steps = walk.walkthrough.steps
        if len(steps) > MAX_WALK_PAGES:
            raise InputError(translate(
                "SlideDeck", "the step-through of this network has {n} steps, more than a deck "
                             "of {limit} pictures; export it from the Step-through panel as "
                             "Beamer slides instead").format(n=len(steps), limit=MAX_WALK_PAGES))
        if beamer is not None and walk.numbers is not None:
            beamer.append(render(walk.numbers, "beamer"))
        digits = max(3, len(str(len(steps))))
        for k in range(1, len(steps) + 1):
            window.route(Walk("to", number=k))
            heading = translate("SlideDeck", "{sample}, step {k} of {n}").format(
                sample=walk.sample_name, k=k, n=len(steps))
            yield Page(f"walk-{k:0{digits}d}.png", grab(window, size), heading,
                       steps[k - 1].symbol, count_pages(lesson) + len(steps))


def deck_files(pages: list[Page], beamer: list[str], title: str) -> dict[str, bytes | str]:
    """File name -> content: the PNGs, walk-slides.tex (if any) and the outline slides.md."""
    files: dict[str, bytes | str] = {p.name: png_bytes(p.image, Path(p.name)) for p in pages}
    if beamer:
        files["walk-slides.tex"] = beamer[0]
    outline = [f"# {title}", ""]
    for page in pages:
        outline += [f"## {page.heading}", "", f"![]({page.name})", ""]
        if page.text:
            outline += [" ".join(page.text.split()), ""]
    files["slides.md"] = "\n".join(outline)
    return files


def export_deck(window_class: type, lesson, folder: Path, size: tuple[int, int], *,
                sample: int | None = 1, lecture: bool = False,
                progress: Callable[[int, Page], bool] | None = None) -> list[Page] | None:
    """Write the deck of ``lesson`` into ``folder``; ``progress(i, page)`` after each page
    returns False to cancel (then nothing is written and the result is None). The folder is
    checked before any drawing."""
    check_folder(folder, DECK_FILES)
    pages: list[Page] = []
    beamer: list[str] = []
    for page in deck_pages(window_class, lesson, size, sample=sample, lecture=lecture,
                           beamer=beamer):
        pages.append(page)
        if progress is not None and not progress(len(pages), page):
            return None
    write_folder_atomically(folder, deck_files(pages, beamer, lesson.title), DECK_FILES)
    return pages


def ask_folder(parent, caption: str) -> str | None:
    """The folder the user picks (None: cancelled); tests replace this function."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, caption) or None


def export_deck_from(window) -> Path | None:
    """File → Export slide deck: ask for a folder, then write the deck of ``window``'s lesson
    at the window's size, presentation and mode, with a progress dialog whose Cancel writes
    nothing. Any error is one message box. The folder written, or None."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from nnviz.gui.kit import dialogs

    title = translate("SlideDeck", "Export slide deck")
    chosen = ask_folder(window, translate("SlideDeck", "Export the lesson as a slide deck"))
    if chosen is None:
        return None
    folder = Path(chosen)
    lesson = window.state.lesson
    sample = window.state.selection.sample if window.state.selection.sample is not None else 0
    dialog = QProgressDialog(translate("SlideDeck", "Drawing the slides…"),
                             translate("SlideDeck", "Cancel"), 0, count_pages(lesson), window)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(0)

    def progress(done: int, page: Page) -> bool:
        dialog.setMaximum(page.total)
        dialog.setValue(done)
        dialog.setLabelText(translate("SlideDeck", "Picture {done} of {total}: {heading}")
                            .format(done=done, total=page.total, heading=page.heading))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        pages = export_deck(type(window), lesson, folder, (window.width(), window.height()),
                            sample=sample + 1, lecture=window.lecturing, progress=progress)
    except InputError as e:
        dialogs.show_message(window, title, str(e), "warning")
        return None
    finally:
        dialog.close()
    if pages is None:
        return None
    count = len(pages)  # (lupdate extracts a plural only when its count is a plain name)
    window.status.say(translate("SlideDeck", "Wrote %n slide(s) to {folder}", None, count)
                      .format(folder=folder))
    return folder
