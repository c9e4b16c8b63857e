"""The interface language: which one (saved choice, ``--lang``, system locale), and installing
it (Qt's translators behind :func:`nnviz.core.i18n.translate`).

    code = choose_language(saved_language(settings), QLocale.system().name())
    install_language(code)            # before the windows are built: they translate as built

The translations are ``resources/translations/nnviz_<code>.qm`` (built from the .ts files by
packaging/update-translations.sh and committed), plus Qt's own ``qtbase_<code>.qm`` from
PySide6 when it ships one (pt_BR; not th or vi: the few Qt texts a user meets, the standard
dialog buttons of context "QPlatformTheme", are then in our own .ts files). Numbers keep the
notation's spelling in every language (a decimal point): QLocale's default is not changed.

Switching while the app runs rebuilds the main window (:func:`switch_language`): gui/app.py
registers the factory with :func:`set_window_factory`; without one (a window built by a test
or by ``nnviz render``) the choice is saved and applies to the next window.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator, Qt

from nnviz.core import i18n
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "th", "vi", "pt_BR")
NATIVE_NAMES = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt", "pt_BR": "Português (Brasil)"}
SETTING = "language"

# Qt's own texts a user meets (standard buttons, the file dialog), extracted into our .ts
# files for the languages PySide6 ships no qtbase translation of (th, vi).
QT_TEXTS = (  # one literal call each: lupdate reads literals only
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
)

# The installed translators (kept alive here: Qt does not own them) and the window factory.
_installed: list[QTranslator] = []
_window_factory: Callable[[object, str], object] | None = None


def check_language(code: str) -> str:
    """``code`` if it is one of :data:`LANGUAGES`; an InputError naming the choices else."""
    if code in LANGUAGES:
        return code
    raise InputError(i18n.translate("Cli", "--lang {code}: unknown language; choose one of "
                                           "{choices}").format(code=code,
                                                               choices=", ".join(LANGUAGES)))


def choose_language(setting: str | None, system_locale: str | None) -> str:
    """The saved choice if it is a known language, else the system locale's language when
    nnviz has a translation for it ("th_TH" -> th, "vi_VN" -> vi, "pt_BR" exactly: not pt_PT),
    else English."""
    if setting in LANGUAGES:
        return setting
    name = (system_locale or "").replace("-", "_").split(".")[0].split("@")[0]
    if name in LANGUAGES:
        return name
    language = name.split("_")[0]
    if language in LANGUAGES and language != "pt":
        return language
    return "en"


def saved_language(settings: QSettings | None) -> str | None:
    """The language saved in ``settings`` (None: none saved, or an unknown one)."""
    if settings is None:
        return None
    value = settings.value(SETTING, None)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(settings: QSettings | None, code: str) -> None:
    if settings is not None:
        settings.setValue(SETTING, check_language(code))
        settings.sync()


def system_locale() -> str:
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def translation_file(code: str) -> Path:
    """nnviz's compiled translation for ``code`` (it need not exist: English has none)."""
    return Path(str(resources.files("nnviz.resources") / "translations" / f"nnviz_{code}.qm"))


def qt_translation_file(code: str) -> Path:
    """Qt's own translation (qtbase_<code>.qm) shipped with PySide6; it may not exist."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def install_language(code: str, app: QCoreApplication | None = None) -> str:
    """Make ``code`` the interface language: its translators replace the installed ones in
    the application (``app``, else the running one, if any) and behind core's ``translate``.
    English removes them. Returns ``code``. Windows built afterwards are in the language."""
    check_language(code)
    app = app or QCoreApplication.instance()
    uninstall_language(app)
    if code == "en":
        return code
    translators = [t for t in (_load(translation_file(code)), _load(qt_translation_file(code)))
                   if t is not None]
    _installed.extend(translators)
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # all four languages
        i18n.install(_via_application, code)
    else:
        i18n.install(_via_translators(tuple(translators)), code)
    return code


def uninstall_language(app: QCoreApplication | None = None) -> None:
    """Back to English: the installed translators leave the application and core's hook."""
    app = app or QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    i18n.install(None)


def _via_application(context: str, source: str, disambiguation: str | None = None,
                     n: int = -1) -> str:
    """Qt's translate through the application's translators (it replaces %n itself)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def _via_translators(translators: tuple[QTranslator, ...]) -> i18n.Translator:
    """Without an application (``nnviz --lang th explain``): ask the translators directly;
    an empty answer means no translation, and the English stands."""

    def translate(context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        for translator in translators:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return text.replace("%n", str(n)) if n >= 0 else text
        return source.replace("%n", str(n)) if n >= 0 else source

    return translate


# -- switching while the app runs ----------------------------------------------------------
def set_window_factory(factory: Callable[[object, str], object] | None) -> None:
    """``factory(old_window, code)`` replaces the main window by one built in the installed
    language (gui/app.py registers it; None: no rebuild, the choice applies next time)."""
    global _window_factory
    _window_factory = factory


def switch_language(window, code: str, settings: QSettings | None) -> object | None:
    """View → Language: save ``code``, install it and rebuild ``window`` in it through the
    registered factory. Returns the new window (None when there is no factory: the saved
    choice applies to the next window; or when ``code`` is already installed)."""
    check_language(code)
    save_language(settings, code)
    if code == i18n.language():
        return None
    install_language(code)
    return None if _window_factory is None else _window_factory(window, code)
