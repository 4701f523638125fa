# What a Debian package needs beyond the program (Debian Policy 12.5–12.7, lintian): the copyright
# file, the changelog compressed with gzip -9n, and manual pages made from --help by help2man.
set(draftdesk_docdir ${CMAKE_INSTALL_DATADIR}/doc/draftdesk) # the package's name, not PROJECT_NAME
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright DESTINATION ${draftdesk_docdir})

find_program(GZIP_EXE gzip REQUIRED)
set(draftdesk_changelog_gz ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
    OUTPUT ${draftdesk_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND ${GZIP_EXE} -9n --stdout ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${draftdesk_changelog_gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog
    VERBATIM)
set(draftdesk_package_files ${draftdesk_changelog_gz})
install(FILES ${draftdesk_changelog_gz} DESTINATION ${draftdesk_docdir})

# Manual pages from each program's own --help and --version, so they cannot drift from it.
find_program(HELP2MAN_EXE help2man)
if(HELP2MAN_EXE)
    foreach(program draftdesk draftdesk-sandbox)
        set(page ${PROJECT_BINARY_DIR}/packaging/${program}.1.gz)
        add_custom_command(
            OUTPUT ${page}
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8
                    ${HELP2MAN_EXE} --no-info --no-discard-stderr
                    --include=${CMAKE_CURRENT_LIST_DIR}/man/${program}.h2m
                    --output=${PROJECT_BINARY_DIR}/packaging/${program}.1 $<TARGET_FILE:${program}>
            COMMAND ${GZIP_EXE} -9nf ${PROJECT_BINARY_DIR}/packaging/${program}.1
            DEPENDS ${program} ${CMAKE_CURRENT_LIST_DIR}/man/${program}.h2m
            VERBATIM)
        list(APPEND draftdesk_package_files ${page})
        install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
else()
    message(WARNING "help2man not found: the package will lack its manual pages "
                    "(packaging/install-deps.sh installs it)")
endif()
add_custom_target(package_files ALL DEPENDS ${draftdesk_package_files})

