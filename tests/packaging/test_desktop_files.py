"""Desktop integration files agree with each other and pass the freedesktop validators."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from fasilitaattori import __version__

from .helpers import PACKAGING, bundle_info

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{bundle_info.APP_ID}.desktop"
METAINFO = LINUX / f"{bundle_info.APP_ID}.metainfo.xml"
MIME = LINUX / f"{bundle_info.APP_ID}.mime.xml"
ISS = PACKAGING / "windows" / "fasilitaattori.iss"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_bundles_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == bundle_info.APP_ID
    assert entry["Exec"] == f"{bundle_info.EXECUTABLE} %f"
    assert bundle_info.BUNDLE_MIME in entry["MimeType"].split(";")
    assert {"GenericName[fi]", "GenericName[sv]", "Comment[fi]", "Comment[sv]"} <= set(entry)


def test_the_mime_type_matches_fasi_files_and_is_a_zip() -> None:
    root = ET.parse(MIME).getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == bundle_info.BUNDLE_MIME
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*.{bundle_info.BUNDLE_EXTENSION}"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"  # type: ignore[union-attr]


def test_the_metainfo_names_the_desktop_entry_and_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == bundle_info.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == bundle_info.BUNDLE_MIME
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version to the metainfo"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not re.search(r"^[EW]: ", done.stdout, re.MULTILINE), done.stdout


def test_the_macos_bundle_declares_and_owns_the_fasi_type() -> None:
    info = bundle_info.macos_info_plist()
    info = plistlib.loads(plistlib.dumps(info))  # it is a valid property list
    exported = info["UTExportedTypeDeclarations"][0]
    document = info["CFBundleDocumentTypes"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["fasi"]
    assert "public.zip-archive" in exported["UTTypeConformsTo"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert info["CFBundleShortVersionString"] == __version__


def test_the_windows_installer_associates_fasi_with_the_window_program() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r'Subkey: "Software\\Classes\\\.fasi"; .*ValueData: "\{#ProgId\}"', text)
    command = re.search(r'Subkey: "Software\\Classes\\\{#ProgId\}\\shell\\open\\command".*', text)
    assert command is not None and '""{app}\\{#AppExe}"" ""%1""' in command.group(0)
    assert f'#define AppExe "{bundle_info.APP_NAME}.exe"' in text
    assert "{autoprograms}" in text  # the Start menu entry
