# `cpack -G DEB` in the build directory (or `packaging/dev.sh package`, which builds the release
# preset first) makes a Debian package that installs draftdesk and draftdesk-sandbox on PATH with
# the menu entry, icon, AppStream metainfo, manual pages, copyright file and changelog.
include(${CMAKE_CURRENT_LIST_DIR}/DebianFiles.cmake)

set(CPACK_PACKAGE_NAME "draftdesk")
set(CPACK_PACKAGE_VENDOR "Draftdesk developers")
set(CPACK_PACKAGE_CONTACT "Draftdesk developers <dev@draftdesk.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop editor for Close CRM email drafts")
# The extended description (Debian Policy 3.4.2), in lines of at most 80 characters as lintian wants.
set(CPACK_PACKAGE_DESCRIPTION "Draftdesk lists the email activities of a Close CRM organisation in a table
that pages, filters and sorts tens of thousands of rows, opens drafts in a
rich-text editor, and saves only the fields that changed. Sending or
scheduling goes through a dialog that checks Close's rules, such as the
required sender, before anything is sent, and an email is never sent twice.

Unsaved text is kept on disk until Close confirms it, API keys stay in the
desktop's keychain, and a network inspector shows every request with replay,
curl and HAR export for QA work.

The package also contains draftdesk-sandbox, a local emulator of the Close
email activity API on 127.0.0.1 for demos, rehearsal and tests. The interface
is in English, German and French.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON) # whatever the build type: debug symbols do not belong in this package
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Qt's own strings (standard buttons, file dialogs) in German and French; a spelling dictionary.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, hunspell-en-us | hunspell-dictionary")
# Where the keychain keeps the API key on desktops without one.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
include(CPack)
