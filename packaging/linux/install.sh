#!/bin/sh
# Adds Fasilitaattori to your application menu and lets a double-click on a .fasi bundle open it.
# Nothing is copied out of this folder and no administrator rights are needed; keep the folder
# where it is (for example in your home folder). Run again after moving the folder.
#   ./install.sh            add the menu entry, icon, .fasi file type and the `fasilitaattori` command
#   ./install.sh --remove   take them away again (your data stays)
set -eu

ID=io.github.fasilitaattori.Fasilitaattori
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin

refresh() {
  update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
  gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml"
  find "$DATA/icons/hicolor" -name "$ID.*" -type f -delete 2>/dev/null || true
  if [ -L "$BIN/fasilitaattori" ]; then rm -f "$BIN/fasilitaattori"; fi
  refresh
  echo "Fasilitaattori was removed from the menu. Your data was not touched."
  exit 0
fi

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$BIN"
# The menu entry runs the program in this folder; a path with spaces is quoted as the
# desktop entry format asks.
sed -e "s|^Exec=.*|Exec=\"$HERE/fasilitaattori\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/fasilitaattori|" \
  "$HERE/share/applications/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/share/mime/packages/$ID.xml" "$DATA/mime/packages/$ID.xml"
(cd "$HERE/share/icons" && find hicolor -type f -name "$ID.*") | while read -r icon; do
  mkdir -p "$DATA/icons/$(dirname "$icon")"
  cp "$HERE/share/icons/$icon" "$DATA/icons/$icon"
done
ln -sf "$HERE/fasilitaattori" "$BIN/fasilitaattori"
refresh
echo "Fasilitaattori is now in your application menu, and .fasi bundles open in it."
