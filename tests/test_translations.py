"""Every UI text is wrapped for translation and translated into Finnish, Swedish and English."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "fasilitaattori" / "ui"
TS_DIR = ROOT / "translations"
LANGUAGES = ("fi", "sv", "en")

# Calls whose string arguments a user reads.
TEXT_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setWindowTitle",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setTabText",
    "addTab", "insertTab", "addItem", "addItems", "addAction", "addMenu", "setHorizontalHeaderLabels",
    "setHeaderLabels", "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "setHtml",
    "setPlainText", "setInformativeText", "setDetailedText", "setButtonText", "setWindowIconText",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "information", "warning", "critical", "question", "about", "getText", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "getItem", "getInt",
}
# Helpers that call translate() with a variable: their literals never reach the .ts files.
HIDDEN_WRAPPERS = {"_tr", "_", "_t"}
LETTERS = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")


def _has_words(text: str) -> bool:
    return bool(LETTERS.search(MARKUP.sub("", text)))


def _bare_literals(node: ast.expr) -> list[ast.expr]:
    """String literals that reach the user untranslated (inside a list/tuple too)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [node] if _has_words(text) else []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HIDDEN_WRAPPERS:
        return [arg for arg in node.args if isinstance(arg, ast.Constant)]  # lupdate cannot see these
    if isinstance(node, (ast.List, ast.Tuple)):
        return [bad for item in node.elts for bad in _bare_literals(item)]
    return []


def unwrapped_in(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in TEXT_CALLS:
            continue
        values = [*node.args, *(k.value for k in node.keywords
                                if k.arg in ("text", "title", "toolTip", "statusTip", "placeholderText"))]
        found += [f"{where}:{bad.lineno}: {ast.unparse(bad)[:70]}" for value in values for bad in _bare_literals(value)]
    return found


def test_user_facing_strings_in_ui_are_wrapped_for_translation() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name != "core_texts.py":
            found += unwrapped_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_check_finds_an_unwrapped_string() -> None:
    source = 'label.setText("Save the workshop")\nlabel.setText(self.tr("Fine"))\nQLabel("—")\n' \
             'box.addItems([self.tr("A4"), "Big paper"])\nw.setObjectName("agenda_view")\n' \
             'menu.addAction(_tr("Hidden"))'
    assert unwrapped_in(source, "x") == ["x:1: 'Save the workshop'", "x:4: 'Big paper'", "x:6: 'Hidden'"]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TS_DIR / f"fasilitaattori_{language}.ts")
    unfinished = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            unfinished.append(f"{context}: {source}")
        elif "%n" in source and message.get("numerus") != "yes":
            unfinished.append(f"{context}: {source} (lupdate did not see a plural: use self.tr(text, '', n))")
        elif message.get("numerus") == "yes" and len(forms) < 2:
            unfinished.append(f"{context}: {source} (plural forms missing)")
        # Every placeholder of the source survives in the translation.
        for form in forms:
            for placeholder in set(re.findall(r"\{\w+\}|%\d|%n", source)):
                if placeholder not in form and not (placeholder == "%n" and message.get("numerus") == "yes"
                                                    and "%n" in "".join(forms)):
                    unfinished.append(f"{context}: {source} (lost {placeholder})")
    assert unfinished == []


def test_translation_sources_are_up_to_date(tmp_path: Path) -> None:
    """The .ts files hold exactly the strings the code has (run scripts/update_translations.py)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        import core_texts
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert (UI / "core_texts.py").read_text(encoding="utf-8") == core_texts.render(), \
        "ui/core_texts.py is out of date: run scripts/update_translations.py"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([module.tool("pyside6-lupdate"), *module.sources(), "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    in_code = set(_messages(fresh))
    for language in LANGUAGES:
        committed = set(_messages(TS_DIR / f"fasilitaattori_{language}.ts"))
        assert sorted(in_code - committed) == [], f"{language}: new strings not in the .ts file"
        assert sorted(committed - in_code) == [], f"{language}: .ts has strings the code no longer uses"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_ship_and_translate(qapp: object, language: str, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from fasilitaattori.paths import translations_dir

    ts = TS_DIR / f"fasilitaattori_{language}.ts"
    qm = translations_dir() / f"fasilitaattori_{language}.qm"
    assert qm.exists()
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "compile the .ts files (scripts/update_translations.py)"
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = {"fi": "Tuloste", "sv": "Utskrift", "en": "Printout"}[language]
    assert translator.translate("DocumentsTab", "Printout") == expected


def test_plural_forms_in_finnish() -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from fasilitaattori.paths import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "fasilitaattori_fi.qm"))
    assert translator.translate("DocumentsTab", "%n page(s)", None, 1) == "%n sivu"
    assert translator.translate("DocumentsTab", "%n page(s)", None, 5) == "%n sivua"
    del QCoreApplication


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_shortcut_letters_do_not_collide(language: str) -> None:
    """Where the English texts of a screen have distinct Alt+letter keys, the translation keeps them distinct."""
    by_context: dict[str, list[tuple[str, str]]] = {}
    for (context, source), message in _messages(TS_DIR / f"fasilitaattori_{language}.ts").items():
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if _mnemonic(source):
            by_context.setdefault(context, []).append((source, text))
    clashes = []
    for context, pairs in by_context.items():
        if len({_mnemonic(s) for s, _ in pairs}) < len(pairs):
            continue  # the English texts already share a key (different dialogs of one context)
        seen: dict[str | None, str] = {}
        for _source, text in pairs:
            key = _mnemonic(text)
            if key is None:
                clashes.append(f"{context}: {text!r} lost its shortcut letter")
            elif key in seen:
                clashes.append(f"{context}: {seen[key]!r} and {text!r} share Alt+{key}")
            seen[key] = text
    assert clashes == []


def _literal_tr_calls(source: str) -> list[tuple[int, str, str]]:
    """(line, context, text) of every translation call with literal text: `self.tr` takes its
    class's name as context, `translate`/`QT_TRANSLATE_NOOP` their first argument."""
    found = []

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            args = node.args
            if name in ("tr", "QT_TR_NOOP") and args and isinstance(args[0], ast.Constant):
                found.append((node.lineno, context, args[0].value))
            elif (name in ("translate", "QT_TRANSLATE_NOOP") and len(args) > 1
                  and isinstance(args[0], ast.Constant) and isinstance(args[1], ast.Constant)):
                found.append((node.lineno, args[0].value, args[1].value))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(ast.parse(source), "")
    return [(line, context, text) for line, context, text in found if isinstance(text, str) and text]


def test_every_wrapped_text_reaches_the_translators() -> None:
    """lupdate skips some places (inside f-strings, for one); a text it never saw stays English."""
    known = set(_messages(TS_DIR / "fasilitaattori_fi.ts"))
    missing = [f"{path.relative_to(ROOT)}:{line}: {context} {text[:60]!r}"
               for path in sorted([*UI.rglob("*.py"), ROOT / "src" / "fasilitaattori" / "app.py"])
               for line, context, text in _literal_tr_calls(path.read_text(encoding="utf-8"))
               if (context, text) not in known]
    assert missing == []


# -- one word for one thing (issue 21: the Finnish and Swedish wording review) -------------

def _translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, every translated form joined) of the UI, and the printouts' texts."""
    from fasilitaattori.documents.i18n import TEXTS

    out = []
    for (context, source), message in _messages(TS_DIR / f"fasilitaattori_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out.append((context, source, " | ".join(forms)))
    at = LANGUAGES.index(language)
    out += [("documents", texts[2], texts[at]) for texts in TEXTS.values()]
    return out


# The word each language uses for a thing, and the words it must not use for it.
TERMS = {
    "fi": [(r"\bkinds?\b", "laj", ("tyyppi", "tietotyyppi")),
           (r"\bfacilitators?('s)?\b", "ohjaaj", ("fasilitaattor",)),
           (r"\bdue\b", "määräpäiv", ("määräaika", "määräajan"))],
    "sv": [(r"\bkinds?\b", "typ", ("slag", "sort")),
           (r"\bfacilitators?('s)?\b", "handledar", ("facilitator",)),
           (r"\bdue\b", "förfallo", ("tidsfrist",))],
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_one_word_for_kind_facilitator_and_due_date(language: str) -> None:
    wrong = []
    for pattern, word, others in TERMS[language]:
        for context, source, text in _translations(language):
            words = re.sub(r"\{\w+\}", "", source)  # {kind} is a value, not the word
            if not re.search(pattern, words, re.IGNORECASE) or source.startswith("The file is not"):
                continue
            folded = text.replace("&", "").casefold()
            if word not in folded or any(other in folded for other in others):
                wrong.append(f"{context}: {source!r} -> {text!r} (use {word}…)")
    assert wrong == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_language_names_are_lower_case_words_where_content_language_is_chosen(language: str) -> None:
    """Finnish and Swedish write language names in lower case; a workshop's or method's language
    reads "suomi", "ruotsi", "englanti" alike (the settings add each language's own name)."""
    names = {(c, s): t for c, s, t in _translations(language)}
    for context in ("LibraryView", "MethodEditor", "OverviewTab"):
        shown = [names[(context, s)] for s in ("Finnish", "Swedish", "English")]
        assert all(n.isalpha() and n == n.lower() for n in shown), (context, shown)


def test_finnish_plain_wording() -> None:
    names = {(c, s): t for c, s, t in _translations("fi")}
    assert names[("LibraryView", "built-in method")] == "valmis menetelmä"
    assert names[("ParticipantsTab", "&Known person:")].replace("&", "") == "Aiempi osallistuja:"
    assert names[("ParticipantImportDialog", "semicolon")] == "puolipiste"
    assert names[("DocumentsTab", "&High contrast")].replace("&", "") == "Suuri kontrasti"
    assert names[("ParticipantsTab", "%n named participants")].endswith("%n nimellä kirjattua osallistujaa")
    assert names[("UiContext", "&Undo: %1")] == "&Kumoa: %1"
    # Headings and labels start with a capital, as their English source does.
    lower = [f"{c}: {t!r}" for c, s, t in _translations("fi")
             if s.lstrip("&")[:1].isupper() and t.lstrip("&")[:1].islower()
             and s not in ("Finnish", "Swedish", "English", "Finnish (suomi)", "Swedish (svenska)",
                           "Suomi (Finnish)", "Svenska (Swedish)")]
    assert lower == []
