"""The frozen Linux build, from a clean build to the running program.

Runs only with FASILITAATTORI_BUILD_FROZEN=1 (it takes a few minutes):

    FASILITAATTORI_BUILD_FROZEN=1 uv run pytest -m frozen tests/packaging

It builds with packaging/build_linux.sh (or tests the build in FASILITAATTORI_FROZEN_DIST, a
dist/Fasilitaattori folder, when that is set) and uses the program as a facilitator's machine
would: version, demo data, dump, check, a PDF, the window, the menu entry. Build time and
sizes are printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fasilitaattori import __version__
from fasilitaattori.cli import main as cli_main

from .helpers import ROOT, bundle_info, probe_env, probe_lines, startup_probe

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(os.environ.get("FASILITAATTORI_BUILD_FROZEN") != "1",
                       reason="set FASILITAATTORI_BUILD_FROZEN=1 to build and test the frozen program"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]

UNUSED_QT_LIBRARIES = ("WebEngine", "Quick", "Qml", "Multimedia", "Charts", "DataVisualization", "3D",
                       "Bluetooth", "NetworkAuth", "Sql", "Test", "Designer", "VirtualKeyboard", "Graphs")
REQUIRED_PLUGINS = ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                    "imageformats/libqsvg.so", "imageformats/libqjpeg.so", "imageformats/libqpdf.so",
                    "iconengines/libqsvgicon.so", "printsupport/libcupsprintersupport.so",
                    "platforminputcontexts/libcomposeplatforminputcontextplugin.so")


@dataclass
class FrozenApp:
    folder: Path

    @property
    def exe(self) -> Path:
        return self.folder / bundle_info.EXECUTABLE

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def run(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.exe), *args], capture_output=True, text=True, timeout=timeout,
                              env=probe_env(**env))


def _mebibytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _say(config: pytest.Config, text: str) -> None:
    """Print past pytest's output capture: build time and sizes belong in the CI log."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if capture is None or reporter is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(text)


@pytest.fixture(scope="module")
def frozen(request: pytest.FixtureRequest) -> Iterator[FrozenApp]:
    given = os.environ.get("FASILITAATTORI_FROZEN_DIST")
    if given:
        app = FrozenApp(Path(given).resolve())
        _say(request.config, f"\nfrozen build: testing the existing build in {app.folder}")
    else:
        started = time.monotonic()
        done = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT,
                              capture_output=True, text=True, timeout=1800)
        seconds = time.monotonic() - started
        assert done.returncode == 0, f"the build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        app = FrozenApp(ROOT / "dist" / bundle_info.APP_NAME)
        _say(request.config, f"\nfrozen build: built in {seconds:.0f} s")
    tarballs = sorted(app.folder.parent.glob(f"{bundle_info.APP_NAME}-{__version__}-linux-*.tar.gz"))
    sizes = f"folder {_mebibytes(app.folder):.0f} MiB"
    if tarballs:
        sizes += f", {tarballs[-1].name} {_mebibytes(tarballs[-1]):.0f} MiB"
    _say(request.config, f"frozen build: {sizes}")
    assert app.exe.is_file()
    yield app


@pytest.fixture
def demo_dir(frozen: FrozenApp, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    done = frozen.run("--data-dir", str(data), "demo")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Demo project created: ")
    return data


def test_version(frozen: FrozenApp) -> None:
    done = frozen.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Fasilitaattori {__version__}"


def test_demo_dump_and_check_agree_with_the_source(frozen: FrozenApp, demo_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    dumped = frozen.run("--data-dir", str(demo_dir), "dump")
    assert dumped.returncode == 0, dumped.stderr
    content = json.loads(dumped.stdout)
    assert len([w for w in content["workshop"] if not w.get("deleted")]) >= 3
    assert len(content["method"]) >= len(list((ROOT / "resources" / "methods").glob("*.json")))
    # The frozen program and the source read the same store the same way.
    capsys.readouterr()
    assert cli_main(["--data-dir", str(demo_dir), "dump"]) == 0
    assert json.loads(capsys.readouterr().out) == content
    checked = frozen.run("--data-dir", str(demo_dir), "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "The store is sound."


def test_a_bundle_travels_between_two_stores(frozen: FrozenApp, demo_dir: Path, tmp_path: Path) -> None:
    """Export and import with everything the reader needs (msgspec's compiled decoder, zlib,
    the cryptography wheel for an encrypted bundle) inside the frozen program."""
    secret = tmp_path / "pass.txt"
    secret.write_text("salasana\n", encoding="utf-8")
    bundle = tmp_path / "demo.fasi"
    done = frozen.run("--data-dir", str(demo_dir), "sync", "export", str(bundle), "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    other = tmp_path / "other"
    done = frozen.run("--data-dir", str(other), "sync", "import", str(bundle), "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported from device") and done.stderr == ""
    mine, theirs = (json.loads(frozen.run("--data-dir", str(d), "dump").stdout) for d in (demo_dir, other))
    assert theirs == mine
    assert frozen.run("--data-dir", str(other), "check").stdout.strip() == "The store is sound."


def test_a_user_error_is_one_sentence(frozen: FrozenApp, tmp_path: Path) -> None:
    done = frozen.run("--data-dir", str(tmp_path / "data"), "restore", str(tmp_path / "missing.sqlite"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_pdf_summary(frozen: FrozenApp, demo_dir: Path, tmp_path: Path) -> None:
    if frozen.run("pdf", "--help").returncode != 0:
        pytest.skip("this build has no 'pdf' command yet; the summary is tested once it has")
    content = json.loads(frozen.run("--data-dir", str(demo_dir), "dump").stdout)
    workshop = next(w for w in content["workshop"] if not w.get("deleted") and not w.get("is_template"))
    out = tmp_path / "summary.pdf"
    done = frozen.run("--data-dir", str(demo_dir), "pdf", "summary", workshop["id"], "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert workshop["title"].split(":")[0] in " ".join(text.split())
    if shutil.which("pdffonts"):  # the bundled fonts were found and embedded
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        assert "DejaVuSans" in fonts


def test_offscreen_start_shows_the_main_window_and_exits(frozen: FrozenApp, demo_dir: Path) -> None:
    done = frozen.run("--probe", "--data-dir", str(demo_dir), timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = probe_lines(done.stdout)
    assert startup_probe.MARKER in lines, done.stdout + done.stderr
    seconds, title, painted = lines[startup_probe.MARKER].rsplit(" ", 2)
    assert "Fasilitaattori" in title and painted == "painted=yes"
    info = dict(part.split("=", 1) for part in lines[startup_probe.INFO_MARKER].split())
    # Qt finds its plugins and its own translations inside the bundle, not on the build machine.
    assert Path(info["plugins"]).is_relative_to(frozen.folder)
    assert (Path(info["translations"]) / "qtbase_fi.qm").is_file()
    assert Path(info["translations"]).is_relative_to(frozen.folder)


def test_the_bundle_holds_what_the_program_needs(frozen: FrozenApp) -> None:
    plugins = frozen.internal / "PySide6" / "Qt" / "plugins"
    missing = [p for p in REQUIRED_PLUGINS if not (plugins / p).is_file()]
    assert not missing, f"Qt plugins missing: {missing}"
    modules = {p.name.split(".")[0] for p in (frozen.internal / "PySide6").glob("Qt*.abi3.so")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets"} <= modules
    resources = frozen.internal / "fasilitaattori" / "resources"
    shipped = {p.name for p in (ROOT / "resources" / "methods").glob("*.json")}
    assert {p.name for p in (resources / "methods").glob("*.json")} == shipped
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "icons" / "fasilitaattori-256.png").is_file()
    assert (frozen.internal / "fasilitaattori" / "store" / "migrations" / "env.py").is_file()
    qms = {p.name for p in (ROOT / "src" / "fasilitaattori" / "translations").glob("*.qm")}
    assert {p.name for p in (frozen.internal / "fasilitaattori" / "translations").glob("*.qm")} >= qms


def test_the_bundle_leaves_out_what_it_does_not_use(frozen: FrozenApp) -> None:
    names = [p.name for p in frozen.internal.rglob("*")]
    unused = [n for n in names if n.startswith("libQt6") and any(u in n for u in UNUSED_QT_LIBRARIES)]
    assert not unused, f"unused Qt libraries in the bundle: {unused}"
    assert not any(n.startswith(("QtNetwork.", "QtQml.", "QtWebEngine")) for n in names)
    assert not (frozen.internal / "pytest").exists() and not (frozen.internal / "hypothesis").exists()
    qt_translations = frozen.internal / "PySide6" / "Qt" / "translations"
    languages = {p.stem.split("_", 1)[1].split("_")[0] for p in qt_translations.glob("*.qm")}
    assert languages <= {"fi", "sv", "en"}


def test_every_bundled_library_finds_what_it_links(frozen: FrozenApp) -> None:
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    missing = {}
    binaries = [frozen.exe, *[p for p in frozen.internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]]
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                             env={**os.environ, "LD_LIBRARY_PATH": str(frozen.internal)}).stdout
        # Wayland's client libraries come with every Wayland desktop; the rest must be bundled.
        lost = {line.split()[0] for line in out.splitlines()
                if "not found" in line and not line.strip().startswith("libwayland-")}
        if lost:
            missing[binary.relative_to(frozen.folder).as_posix()] = sorted(lost)
    assert not missing


def test_install_script_adds_and_removes_the_menu_entry(frozen: FrozenApp, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home)}
    done = subprocess.run(["sh", str(frozen.folder / "install.sh")], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    desktop = share / "applications" / f"{bundle_info.APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{frozen.exe}" %f' in text
    assert (share / "mime" / "packages" / f"{bundle_info.APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{bundle_info.APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    # The command on PATH is a link to the program in the folder, and it runs from there.
    linked = subprocess.run([str(home / ".local" / "bin" / "fasilitaattori"), "--version"],
                            capture_output=True, text=True)
    assert linked.stdout.strip() == f"Fasilitaattori {__version__}"
    removed = subprocess.run(["sh", str(frozen.folder / "install.sh"), "--remove"], capture_output=True,
                             text=True, env=env)
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists() and not (home / ".local" / "bin" / "fasilitaattori").exists()


def test_the_tarball_unpacks_to_the_program_folder(frozen: FrozenApp) -> None:
    tarballs = sorted(frozen.folder.parent.glob(f"{bundle_info.APP_NAME}-{__version__}-linux-*.tar.gz"))
    if not tarballs:
        pytest.skip("no tarball next to this build")
    with tarfile.open(tarballs[-1]) as archive:
        members = {m.name: m for m in archive.getmembers()}
    program = members[f"{bundle_info.APP_NAME}/{bundle_info.EXECUTABLE}"]
    assert program.mode & 0o111
    assert members[f"{bundle_info.APP_NAME}/install.sh"].mode & 0o111
    assert f"{bundle_info.APP_NAME}/README.txt" in members


def test_the_release_workflows_smoke_test_passes(frozen: FrozenApp) -> None:
    """The same script the release workflow runs after each build on Windows and macOS."""
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(frozen.exe)],
                          capture_output=True, text=True, timeout=600, env=probe_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("smoke test passed")
