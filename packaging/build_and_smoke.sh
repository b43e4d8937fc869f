#!/usr/bin/env bash
# Build the one-folder MentorDesk program with PyInstaller from a clean build folder, then
# smoke-test the BUILT program (not the source tree). Exits non-zero on any failure.
#
#     packaging/build_and_smoke.sh [VENV]      # VENV: a venv with MentorDesk installed (.venv)
#
# Result: dist/mentordesk/ (run dist/mentordesk/mentordesk). Takes a few minutes; see
# packaging/README.md. Set SMOKE_ONLY=1 to test an existing dist/mentordesk without rebuilding.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${1:-$ROOT/.venv}"
PY="$VENV/bin/python"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
APP="$DIST/mentordesk/mentordesk"

fail() { echo "build_and_smoke: FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

[ -x "$PY" ] || fail "no Python in $VENV (make the venv first: see README.md)"
cd "$ROOT"

# -- build ------------------------------------------------------------------------------------
if [ "${SMOKE_ONLY:-0}" != "1" ]; then
    step "installing the packaging tools into $VENV"
    # The pin lives in pyproject.toml's `packaging` extra; read it from there.
    mapfile -t REQS < <("$PY" - <<'EOF'
import tomllib
extras = tomllib.load(open("pyproject.toml", "rb"))["project"].get("optional-dependencies", {})
print("\n".join(extras.get("packaging", ["pyinstaller>=6"])))
EOF
)
    "$PY" -m pip install --quiet "${REQS[@]}"

    step "building from a clean build folder"
    rm -rf "$WORK" "$DIST/mentordesk"
    started=$(date +%s)
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$WORK" packaging/mentordesk.spec
    echo "build time: $(( $(date +%s) - started )) s"
fi
[ -x "$APP" ] || fail "$APP was not built"
echo "folder size: $(du -sh "$DIST/mentordesk" | cut -f1)"

# -- what must be inside ----------------------------------------------------------------------
step "checking the folder's contents"
INTERNAL="$DIST/mentordesk/_internal"
for needed in \
    resources/i18n/mentordesk_nl.qm \
    resources/fonts/NotoSans-Regular.ttf \
    resources/fonts/NotoSans-BoldItalic.ttf \
    resources/icons/mentordesk.svg \
    resources/icons/mentordesk-256.png \
    docs/guide/nl.md \
    docs/guide/en.md \
    PySide6/Qt/plugins/platforms/libqxcb.so \
    PySide6/Qt/plugins/platforms/libqoffscreen.so \
    PySide6/Qt/plugins/printsupport \
    PySide6/Qt/plugins/imageformats \
    PySide6/Qt/translations/qtbase_nl.qm \
    reportlab/fonts; do
    [ -e "$INTERNAL/$needed" ] || fail "missing from the build: $needed"
done
ls "$INTERNAL"/PySide6/Qt/lib/libQt6Pdf.so* >/dev/null 2>&1 || fail "missing: libQt6Pdf"
ls "$INTERNAL"/sqlcipher3/_sqlite3*.so >/dev/null 2>&1 || fail "missing: the sqlcipher3 binding"
ls -d "$INTERNAL"/keyring-*.dist-info >/dev/null 2>&1 || fail "missing: keyring's metadata"
ls "$INTERNAL"/PySide6/Qt/lib/libQt6WebEngine* >/dev/null 2>&1 && fail "Qt WebEngine got in"
# The Python modules that are imported lazily (the archive listing is the source of truth).
"$PY" -m PyInstaller.utils.cliutils.archive_viewer --list --recursive "$APP" \
    > "$WORK/archive.txt" 2>&1 || fail "cannot list the program's archive"
for module in keyring.backends.SecretService keyring.backends.kwallet keyring.backends.libsecret \
    keyring.backends.macOS keyring.backends.Windows keyring.backends.chainer secretstorage \
    jeepney platformdirs.unix platformdirs.windows platformdirs.macos segno sqlcipher3.dbapi2 \
    mentordesk.services.demo mentordesk.ui.launcher; do
    grep -qE "(^|[ '])${module//./\\.}(['\" ,]|$)" "$WORK/archive.txt" \
        || fail "module $module is not in the program"
done

# -- run it -----------------------------------------------------------------------------------
TMP="$(mktemp -d)"
APP_PID=""
cleanup() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
export MENTORDESK_HOME="$TMP/home"  # settings, logs and backups stay in here
unset MENTORDESK_PASSPHRASE
FILE="$TMP/smoke.mentordesk"
printf 'smoke test passphrase\n' > "$TMP/passphrase"

step "mentordesk --version"
version=$("$APP" --version)
expected="MentorDesk $("$PY" -c 'import runpy,sys; print(runpy.run_path(sys.argv[1])["__version__"])' mentordesk/version.py)"
[ "$version" = "$expected" ] || fail "--version said '$version', expected '$expected'"
echo "$version"

step "mentordesk demo / info / check on a new file"
"$APP" demo "$FILE" --clients 6 --passphrase-file "$TMP/passphrase" || fail "demo"
"$APP" info "$FILE" --passphrase-file "$TMP/passphrase" > "$TMP/info.txt" || fail "info"
grep -q "schema version" "$TMP/info.txt" || fail "info printed no schema version"
grep -qE "^  client +6$" "$TMP/info.txt" || fail "info does not count 6 clients"
"$APP" check "$FILE" --passphrase-file "$TMP/passphrase" | tee "$TMP/check.txt"
grep -q ": OK" "$TMP/check.txt" || fail "check did not say OK"
if printf 'wrong\n' > "$TMP/wrong" && "$APP" info "$FILE" --passphrase-file "$TMP/wrong" \
    2> "$TMP/wrong.txt"; then
    fail "a wrong passphrase opened the file"
fi
grep -qi "passphrase" "$TMP/wrong.txt" || fail "a wrong passphrase gave no clear message"

# run_app asking|open SECONDS [ENV=VALUE...]: start the built app offscreen on FILE and kill it
# after SECONDS. It must still be running then, have printed nothing, logged no warning or
# error, and have the file open (its .lock beside it) or not, as expected.
run_app() {
    local expect=$1 seconds=$2; shift 2
    local out="$TMP/app.txt"
    rm -f "$FILE.lock"
    env QT_QPA_PLATFORM=offscreen "$@" "$APP" "$FILE" > "$out" 2>&1 &
    APP_PID=$!
    sleep "$seconds"
    kill -0 "$APP_PID" 2>/dev/null || { cat "$out"; fail "the app ended by itself"; }
    if [ "$expect" = open ] && [ ! -e "$FILE.lock" ]; then fail "the app did not open the file"; fi
    if [ "$expect" = asking ] && [ -e "$FILE.lock" ]; then fail "opened without a passphrase"; fi
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    # Nothing may be printed, except the offscreen platform's notices that it has no window
    # manager ("This plugin does not support raise()", "... propagateSizeHints()"): they come
    # from Qt's default QPlatformWindow methods, which xcb and wayland implement.
    if grep -vxE "This plugin does not support [A-Za-z]+\(\)" "$out"; then
        fail "the app printed the lines above"
    fi
    if grep -E " (ERROR|CRITICAL|WARNING) " "$MENTORDESK_HOME"/logs/*.log 2>/dev/null; then
        fail "the app logged the lines above"
    fi
}
# In Dutch: a missing translation file is logged as a warning, which fails the run.
mkdir -p "$MENTORDESK_HOME/config"
printf '{"language": "nl"}\n' > "$MENTORDESK_HOME/config/settings.json"
step "the app, offscreen, waiting for the passphrase (5 s)"
run_app asking 5
step "the app, offscreen, open on the file (8 s)"
run_app open 8 MENTORDESK_PASSPHRASE="smoke test passphrase"

echo "build_and_smoke: OK ($version, $(du -sh "$DIST/mentordesk" | cut -f1))"
