# The Debian package: cpack -G DEB in the build directory writes byline_<version>_<arch>.deb.
# Included from the top-level CMakeLists.txt, because CPack reads the variables of that scope.
set(CPACK_PACKAGE_NAME byline)
set(CPACK_PACKAGE_VENDOR "Byline")
set(CPACK_PACKAGE_CONTACT "Byline maintainers <byline@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Byline reads the caption and the credit each picture carries (Exif, IPTC,
XMP, an XMP sidecar or the caption text) and shows them the way a publication
would print them. It comes with byline-cli, the same reading for scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY byline)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # byline_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
# dpkg-shlibdeps finds the libraries the programs link (Qt, Exiv2, SQLite driver's Qt Sql, ...). It cannot
# see what Qt loads at run time, so those come from RUNTIME_PACKAGES in scripts/lib/common.sh: the QML
# modules the window imports, the image-format, platform and SQLite plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
file(STRINGS "${PROJECT_SOURCE_DIR}/scripts/lib/common.sh" _byline_common)
set(_byline_in_runtime OFF)
set(_byline_runtime_packages)
foreach(_line IN LISTS _byline_common)
    if(_line MATCHES "^RUNTIME_PACKAGES=\\(")
        set(_byline_in_runtime ON)
    elseif(_byline_in_runtime)
        if(_line MATCHES "^\\)")
            break()
        endif()
        string(STRIP "${_line}" _line)
        string(REGEX REPLACE "[ \t]+" ";" _words "${_line}")
        list(APPEND _byline_runtime_packages ${_words})
    endif()
endforeach()
if(NOT _byline_runtime_packages)
    message(FATAL_ERROR "packaging/cpack.cmake: no RUNTIME_PACKAGES list in scripts/lib/common.sh")
endif()
list(JOIN _byline_runtime_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

include(CPack)
