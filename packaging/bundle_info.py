"""Names and declarations shared by the build recipes (spec file, build script, tests).

Kept in one place so that the Linux desktop entry, the Windows installer and the macOS bundle
agree on the application id, the bundle file type and the version.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

APP_NAME = "Fasilitaattori"
APP_ID = "io.github.fasilitaattori.Fasilitaattori"  # reverse-DNS id: desktop file, AppStream, macOS
EXECUTABLE = "fasilitaattori"  # Linux; Windows and macOS add "fasilitaattori-cli" beside the window program
BUNDLE_EXTENSION = "fasi"
BUNDLE_MIME = "application/x-fasilitaattori-bundle"
BUNDLE_UTI = f"{APP_ID}.bundle"
BUNDLE_DESCRIPTION = "Fasilitaattori bundle"


def version() -> str:
    """The version from the package, read as text so that building needs no import of it."""
    text = (ROOT / "src" / "fasilitaattori" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/fasilitaattori/__init__.py")
    return match.group(1)


def macos_info_plist() -> dict[str, Any]:
    """Info.plist entries of Fasilitaattori.app: the `.fasi` document type, owned by the app.

    A bundle is a zip file, so the exported type conforms to public.zip-archive (and so to
    public.data); Finder then shows the app's icon on bundles and a double-click opens them.
    """
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": BUNDLE_DESCRIPTION,
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [BUNDLE_UTI],
                "CFBundleTypeIconFile": "fasilitaattori.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": BUNDLE_UTI,
                "UTTypeDescription": BUNDLE_DESCRIPTION,
                "UTTypeConformsTo": ["public.zip-archive", "public.data"],
                "UTTypeIconFile": "fasilitaattori.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [BUNDLE_EXTENSION],
                    "public.mime-type": [BUNDLE_MIME],
                },
            }
        ],
    }
