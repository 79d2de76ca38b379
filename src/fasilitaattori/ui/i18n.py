"""The UI language: our translations plus Qt's own, and the locale for dates and numbers.

The language follows the setting, else the system locale, and is Finnish when neither is one
of ours. `FASILITAATTORI_TRANS_SCALE=2` stretches every string (a layout test for long
Finnish words, after Vorta's TRANS_SCALE).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from ..paths import translations_dir

LANGUAGES = ("fi", "sv", "en")
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
DEFAULT = "fi"


def choose_language(setting: str | None = None, system: QLocale | None = None) -> str:
    if setting in LANGUAGES:
        return setting  # type: ignore[return-value]
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT


def current_language() -> str:
    """The UI language in use (set by `install_language` through the default locale), for the
    date and time forms of `core.dates`; English where the locale is none of ours."""
    name = QLocale().name()
    for language in LANGUAGES:
        if name.startswith(language):
            return language
    return "en"


class _StretchTranslator(QTranslator):
    """Returns each source string with every word lengthened, to see which layouts break on
    long words. Word by word, not at the end: one run of dots as long as a whole sentence was
    a "word" no wrapped text can hold."""

    def __init__(self, scale: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scale = scale

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return re.sub(r"\S+", lambda word: word[0] + "·" * int(len(word[0]) * (self._scale - 1)), source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[QTranslator] = []


def remove_language() -> None:
    """Back to the English source texts (a language switch starts here too)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def install_language(language: str) -> str:
    """Load the translators for `language` into the running application; returns the language."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    remove_language()
    language = language if language in LANGUAGES else DEFAULT
    QLocale.setDefault(QLocale(LOCALES[language]))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"fasilitaattori_{language}", str(translations_dir())):
        _installed.append(ours)
    scale = float(os.environ.get("FASILITAATTORI_TRANS_SCALE", "0") or 0)
    if scale > 1:
        _installed.append(_StretchTranslator(scale, app))
    for translator in _installed:
        app.installTranslator(translator)
    return language
