"""Opening a `.fasi` bundle given on the command line (double-click on Windows and Linux)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasilitaattori.cli import build_parser
from fasilitaattori.launch import bundle_to_open, split_bundle


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "Kyläilta Kiuruvesi.fasi"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip is enough: only the name is judged
    return path


def test_a_bundle_given_alone_is_opened(bundle: Path) -> None:
    assert bundle_to_open([str(bundle)]) == bundle.resolve()


def test_the_suffix_is_matched_whatever_its_case(tmp_path: Path) -> None:
    upper = tmp_path / "TYOPAJA.FASI"
    upper.write_bytes(b"")
    assert bundle_to_open([str(upper)]) == upper.resolve()


def test_a_bundle_after_the_data_dir_option_is_opened(bundle: Path, tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path / "data"), str(bundle)]
    assert bundle_to_open(argv) == bundle.resolve()
    assert bundle_to_open([f"--data-dir={tmp_path}", str(bundle)]) == bundle.resolve()


def test_the_data_dir_value_is_never_taken_for_the_bundle(bundle: Path) -> None:
    assert bundle_to_open(["--data-dir", str(bundle)]) is None


def test_a_relative_path_is_made_absolute(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(bundle.parent)
    found = bundle_to_open([bundle.name])
    assert found is not None and found.is_absolute() and found == bundle.resolve()


def test_finder_process_serial_and_double_dash_are_handled(bundle: Path) -> None:
    assert bundle_to_open(["-psn_0_1234567", str(bundle)]) == bundle.resolve()
    assert bundle_to_open(["--", str(bundle)]) == bundle.resolve()


@pytest.mark.parametrize("argv", [
    [],
    ["demo"],
    ["--version"],
    ["sync", "import", "BUNDLE"],   # a command that reads a bundle is not a window request
    ["MISSING"],                    # a bundle that is not there
    ["NOT_A_BUNDLE"],               # an existing file of another kind
    ["FOLDER"],                     # a folder named like a bundle
])
def test_nothing_to_open(argv: list[str], bundle: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x")
    folder = tmp_path / "folder.fasi"
    folder.mkdir()
    names = {"BUNDLE": str(bundle), "MISSING": str(tmp_path / "gone.fasi"),
             "NOT_A_BUNDLE": str(other), "FOLDER": str(folder)}
    assert bundle_to_open([names.get(arg, arg) for arg in argv]) is None


def test_the_remaining_arguments_start_the_desktop_app(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    found, rest = split_bundle(["--data-dir", str(data), str(bundle)])
    assert found == bundle.resolve()
    assert rest == ["--data-dir", str(data)]
    args = build_parser().parse_args(rest)
    assert args.data_dir == data
    assert getattr(args, "handler", None) is None  # no command: the window opens


def test_arguments_are_left_alone_when_there_is_no_bundle(tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path), "dump", "--with-clocks"]
    assert split_bundle(argv) == (None, argv)
