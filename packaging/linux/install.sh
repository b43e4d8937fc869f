#!/usr/bin/env bash
# Install the built MentorDesk for this user only (no root needed), with its menu entry, icons
# and the .mentordesk file type, so that double-clicking a practice file opens MentorDesk.
#
#     packaging/linux/install.sh [BUILT_FOLDER]     # default: dist/mentordesk
#     packaging/linux/install.sh --uninstall
#
# Puts the program in ~/.local/lib/mentordesk, a `mentordesk` command in ~/.local/bin, and the
# desktop file, AppStream metainfo, icons and MIME type under ~/.local/share (XDG_DATA_HOME).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ID="nl.mentordesk.MentorDesk"
MIME="application/x-mentordesk"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB="$HOME/.local/lib/mentordesk"
BIN="$HOME/.local/bin"
SIZES="16 22 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime"
    command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications"
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]
    then
        gtk-update-icon-cache --force --quiet "$DATA/icons/hicolor" || true
    fi
    return 0
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$BIN/mentordesk" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml" \
        "$DATA/mime/packages/$ID.xml"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-mentordesk.png"
    done
    rm -f "$DATA/icons/hicolor/scalable/apps/$ID.svg" \
        "$DATA/icons/hicolor/scalable/mimetypes/application-x-mentordesk.svg"
    refresh
    echo "MentorDesk is uninstalled. Your practice files, settings and backups are kept."
    exit 0
fi

BUILT="$(cd "${1:-$ROOT/dist/mentordesk}" && pwd)"
[ -x "$BUILT/mentordesk" ] || {
    echo "install.sh: no built program in $BUILT (run packaging/build_and_smoke.sh)" >&2
    exit 1
}
ICONS="$ROOT/resources/icons"
[ -d "$ICONS" ] || ICONS="$BUILT/_internal/resources/icons"

# The program: copied whole, then the command on the PATH.
rm -rf "$LIB.new"
mkdir -p "$(dirname "$LIB")" "$BIN"
cp -a "$BUILT" "$LIB.new"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sfn "$LIB/mentordesk" "$BIN/mentordesk"

# The menu entry, started with the full path (~/.local/bin is not on every desktop's PATH).
# Quoted only when it must be: xdg-open outside a desktop environment cannot read quotes.
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
EXEC="$LIB/mentordesk"
case "$EXEC" in *[[:space:]\"\'\\\$\`]*) EXEC="\"$(printf '%s' "$EXEC" | sed 's/[\\"`$]/\\&/g')\"" ;; esac
EXEC_SED="$(printf '%s' "$EXEC" | sed 's/[&|\\]/\\&/g')"
sed "s|^Exec=mentordesk |Exec=$EXEC_SED |" "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
cp "$HERE/$ID.xml" "$DATA/mime/packages/$ID.xml"

# Icons: the app and its document, in every size and as SVG.
for size in $SIZES; do
    for kind in apps mimetypes; do mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"; done
    cp "$ICONS/mentordesk-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    cp "$ICONS/mentordesk-document-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-mentordesk.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
cp "$ICONS/mentordesk.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
cp "$ICONS/mentordesk-document.svg" \
    "$DATA/icons/hicolor/scalable/mimetypes/application-x-mentordesk.svg"

refresh
# MentorDesk opens .mentordesk files when they are double-clicked.
if command -v xdg-mime >/dev/null; then
    xdg-mime default "$ID.desktop" "$MIME"
fi

echo "MentorDesk $("$LIB/mentordesk" --version | cut -d' ' -f2) is installed for ${USER:-$(id -un)}:"
echo "  the program   $LIB  (command: $BIN/mentordesk)"
echo "  menu entry    $DATA/applications/$ID.desktop"
echo "  file type     $MIME (*.mentordesk) opens with MentorDesk"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "  note: $BIN is not on your PATH; the menu entry works without it." ;;
esac
