import pytest
from fasilitaattori.ui.i18n import install_language
from tests.core.municipality_survey import make_workshop
from tests.ui.test_mnemonics import _mnemonics
from PySide6.QtGui import QKeySequence

@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_dump(language, wb, make_window, tmp_path):
    install_language(language)
    ws = make_workshop(wb, tmp_path)
    window = make_window(wb)
    window.ctx.select_workshop(ws.id)
    tab = window.show_tab("feedback")
    print(language, "MENUS", [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()])
    for m in sorted(_mnemonics(window)):
        print(language, m)
