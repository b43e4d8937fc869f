#!/usr/bin/env bash
# macOS only: make resources/icons/mentordesk.icns from the rendered PNGs with Apple's iconutil.
# Run once before building on a Mac; packaging/mentordesk.spec picks the .icns up.
set -euo pipefail
ICONS="$(cd "$(dirname "$0")/../../resources/icons" && pwd)"
SET="$(mktemp -d)/mentordesk.iconset"
mkdir -p "$SET"
for size in 16 32 128 256 512; do
    cp "$ICONS/mentordesk-$size.png" "$SET/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
    cp "$ICONS/mentordesk-$((size * 2)).png" "$SET/icon_${size}x${size}@2x.png"
done
iconutil --convert icns --output "$ICONS/mentordesk.icns" "$SET"
echo "wrote $ICONS/mentordesk.icns"
