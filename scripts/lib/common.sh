# Shared by scripts/run and scripts/test: Debian packages, configure, build. Source it; do not run it.

BYLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BYLINE_BUILD="${BYLINE_BUILD:-$BYLINE_ROOT/build}"

# What building Byline needs on Debian 12 (Qt 6.4, Exiv2 0.27.6, Catch2 2.13, CMake 3.25, Ninja, g++ 12).
BUILD_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools libgl-dev
    libexiv2-dev libpng-dev zlib1g-dev libjpeg-dev libtiff-dev libheif-dev libjxl-dev libbrotli-dev libssl-dev pkg-config catch2
)
# What running the window needs: the QML modules it imports, image and platform plugins, and the GTK
# platform theme, through which Qt on GNOME-like desktops takes the desktop's (light or dark) palette and
# native folder dialog; the SQLite driver for the private catalog and the PostgreSQL one for a desk's
# shared catalog (docs/desk.md). Without a platform dialog (other desktops, no theme) the Open and Export dialogs
# are Qt Quick's own, which list folders with Qt.labs.folderlistmodel.
RUNTIME_PACKAGES=(
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    qml6-module-qtqml-workerscript qml6-module-qt-labs-platform qml6-module-qt-labs-settings qml6-module-qtqml-models
    qt6-image-formats-plugins qt6-qpa-plugins qt6-gtk-platformtheme libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
)
# What the tests need beyond that (QML tests, a virtual display, Python for the hostile-corpus generator,
# exiftool to cross-check exported copies, the validators the install test runs on the .desktop file, the
# AppStream metadata and the man page, dpkg-shlibdeps for the Debian package test, heif-enc and cjxl to make
# HEIC, AVIF and JPEG XL test files, clang-format for scripts/check-format, and the PostgreSQL server the
# desk catalog's tests start a cluster of their own with).
TEST_PACKAGES=(qml6-module-qttest xvfb xauth python3 libimage-exiftool-perl desktop-file-utils appstream man-db dpkg-dev
    libheif-examples libjxl-tools
    clang-format postgresql)

# Installs whichever of the given packages are missing; nothing (no network) when all are present.
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$BYLINE_ROOT" -B "$BYLINE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BYLINE_BUILD" --parallel "$(nproc)"
}
