#!/usr/bin/env bash
# The install test: `cmake --install` into a fresh staging prefix (DESTDIR), then checks the installed
# tree as a file manager, a software centre and a user would meet it. Fails on the first problem.
# Usage: check-install.sh BUILD_DIR VERSION [CMAKE]
set -euo pipefail
build="$1"
version="$2"
cmake="${3:-cmake}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR="$stage" "$cmake" --install "$build" --prefix /usr >/dev/null
root="$stage/usr"
id=io.github.byline.Byline

for file in bin/byline bin/byline-cli \
            "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
            "share/icons/hicolor/scalable/apps/$id.svg" share/man/man1/byline-cli.1 \
            share/doc/byline/LICENSE share/byline/sample/README.md; do
    [ -f "$root/$file" ] || fail "not installed: /usr/$file"
done
[ -x "$root/bin/byline" ] || fail "/usr/bin/byline is not executable"
photos=$(find "$root/share/byline/sample" -name '*.jpg' | wc -l)
[ "$photos" -eq 13 ] || fail "the sample gallery has $photos photos, not 13"
# The QML modules are static libraries inside the byline executable: nothing may land in a qml directory.
[ ! -e "$root/lib/qt6/qml" ] || fail "a QML module directory was installed"

# The installed byline-cli runs from the staging prefix, and finds the sample installed beside it.
cache="$(mktemp -d)"
trap 'rm -rf "$stage" "$cache"' EXIT
# Captured first: grep -q leaves at the first match, and under pipefail the SIGPIPE a longer help text
# then meets would fail the check, as `byline-cli --help | head` fails no user.
help="$("$root/bin/byline-cli" --help)" || fail "byline-cli --help exits with an error"
grep -q '^Usage: byline-cli' <<<"$help" || fail "byline-cli --help"
"$root/bin/byline-cli" --version | grep -qF "$version" || fail "byline-cli --version does not say $version"
credits="$(XDG_CACHE_HOME="$cache" "$root/bin/byline-cli" credits --no-cache "$root/share/byline/sample")" \
    || fail "byline-cli credits exits with an error on the installed sample"
grep -q 'Energia' <<<"$credits" || fail "byline-cli credits on the installed sample"
# No RUNPATH into the build tree: the installed programs must not depend on it.
if command -v readelf >/dev/null; then
    ! readelf -d "$root/bin/byline" "$root/bin/byline-cli" | grep -q "$build" || fail "RUNPATH points into $build"
fi

grep -qx "Exec=byline %U" "$root/share/applications/$id.desktop" || fail ".desktop Exec is not 'byline %U'"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$id.metainfo.xml" || fail "metainfo release is not $version"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/share/applications/$id.desktop" || fail "desktop-file-validate"
else
    echo "note: desktop-file-validate missing (desktop-file-utils), .desktop not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
else
    echo "note: appstreamcli missing (appstream), metainfo not validated"
fi
if command -v man >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/share/man/man1/byline-cli.1" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man page warnings: $warnings"
    page="$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/share/man/man1/byline-cli.1")"
    grep -q "EXIT STATUS" <<<"$page" || fail "man page has no EXIT STATUS"
else
    echo "note: man missing (man-db), man page not checked"
fi
echo "installed tree OK: $root"
