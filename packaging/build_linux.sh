#!/usr/bin/env bash
# Build the Linux one-folder program and its tarball from a clean clone.
#
#   packaging/build_linux.sh
#
# Result: dist/Fasilitaattori/ (run ./fasilitaattori; ./install.sh adds the menu entry) and
# dist/Fasilitaattori-<version>-linux-<arch>.tar.gz; also an AppImage when appimagetool is on
# PATH. The build uses its own environment (build/venv: the program's dependencies and
# PyInstaller, no test tools), so nothing from development leaks into the bundle.
# Prints the build time and the sizes at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
START=$(date +%s)
export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null 2>&1; then
  python3 -m pip install --quiet uv || python3 -m pip install --quiet --user uv
fi

# PyInstaller reads and strips the libraries with binutils (objdump, strip).
if ! command -v objdump >/dev/null 2>&1 || ! command -v strip >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
  else
    echo "Install binutils (objdump, strip) first." >&2; exit 1
  fi
fi

ID=io.github.fasilitaattori.Fasilitaattori
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/fasilitaattori/__init__.py)
ARCH=$(uname -m)
DIST=$ROOT/dist
APP=$DIST/Fasilitaattori
TARBALL=$DIST/Fasilitaattori-$VERSION-linux-$ARCH.tar.gz

echo "== environment (build/venv)"
export UV_PROJECT_ENVIRONMENT=$ROOT/build/venv
uv sync --frozen --no-dev --group packaging --quiet
PY=$UV_PROJECT_ENVIRONMENT/bin/python

if compgen -G "translations/*.ts" >/dev/null; then
  echo "== translations"
  "$PY" scripts/update_translations.py --release
fi

echo "== PyInstaller"
rm -rf "$APP"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
  packaging/fasilitaattori.spec

echo "== desktop integration files"
install -Dm644 "packaging/linux/$ID.desktop" "$APP/share/applications/$ID.desktop"
install -Dm644 "packaging/linux/$ID.metainfo.xml" "$APP/share/metainfo/$ID.metainfo.xml"
install -Dm644 "packaging/linux/$ID.mime.xml" "$APP/share/mime/packages/$ID.xml"
for png in resources/icons/fasilitaattori-*.png; do
  size=$(basename "$png" .png); size=${size#fasilitaattori-}
  install -Dm644 "$png" "$APP/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -Dm644 resources/icons/fasilitaattori.svg "$APP/share/icons/hicolor/scalable/apps/$ID.svg"
install -m755 packaging/linux/install.sh "$APP/install.sh"
install -m644 packaging/linux/README.txt "$APP/README.txt"

echo "== tarball"
rm -f "$TARBALL"
tar -C "$DIST" -czf "$TARBALL" Fasilitaattori

if command -v appimagetool >/dev/null 2>&1; then
  echo "== AppImage"
  APPDIR=$ROOT/build/AppDir
  rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr"
  cp -a "$APP" "$APPDIR/usr/fasilitaattori"
  cp "packaging/linux/$ID.desktop" "$APPDIR/$ID.desktop"
  cp resources/icons/fasilitaattori-256.png "$APPDIR/$ID.png"
  install -Dm644 "packaging/linux/$ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$ID.appdata.xml"
  printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/fasilitaattori/fasilitaattori" "$@"\n' \
    > "$APPDIR/AppRun"
  chmod +x "$APPDIR/AppRun"
  ARCH=$ARCH appimagetool --no-appstream "$APPDIR" "$DIST/Fasilitaattori-$VERSION-$ARCH.AppImage"
fi

END=$(date +%s)
echo "== done"
echo "build time: $((END - START)) s"
echo "bundle size: $(du -sm "$APP" | cut -f1) MiB ($(find "$APP" -type f | wc -l) files) in $APP"
echo "tarball size: $(du -sm "$TARBALL" | cut -f1) MiB in $TARBALL"
