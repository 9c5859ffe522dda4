#!/usr/bin/env bash
# The Debian package test: cpack -G DEB into a temporary directory, then checks the package's control
# fields and contents (what `apt install ./byline_*.deb` would install and pull in).
# Usage: check-deb.sh BUILD_DIR VERSION [CPACK]
set -euo pipefail
build="$1"
version="$2"
cpack="${3:-cpack}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps missing (Debian package dpkg-dev)"

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
deb="$out/byline_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb"

[ "$(dpkg-deb -f "$deb" Package)" = byline ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "${version}-1" ] || fail "version"
depends="$(dpkg-deb -f "$deb" Depends)"
# dpkg-shlibdeps found the linked libraries; RUNTIME_PACKAGES brought what Qt loads by name.
for package in libexiv2-27 libqt6quick6 libqt6sql6 qml6-module-qtquick-controls qml6-module-qt-labs-settings \
               qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel \
               libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for file in ./usr/bin/byline ./usr/bin/byline-cli ./usr/share/applications/io.github.byline.Byline.desktop \
            ./usr/share/metainfo/io.github.byline.Byline.metainfo.xml ./usr/share/man/man1/byline-cli.1 \
            ./usr/share/byline/sample/README.md; do
    grep -qxF "$file" <<<"$contents" || fail "the package lacks $file"
done
! grep -q "^./usr/lib" <<<"$contents" || fail "the package installs libraries: the QML modules are linked in"
echo "package OK: $(basename "$deb")"
