# Builds the Debian package from the build tree, checks that it holds the programs, menu entry, icon,
# metainfo, manual pages, copyright file and changelog, with stripped binaries, and that lintian,
# desktop-file-validate and appstreamcli find nothing wrong. cmake -DBUILD_DIR=… -DSOURCE_DIR=… -P …
set(out "${BUILD_DIR}/package-check")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_QUIET TIMEOUT 240)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc})")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found ${count}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(path usr/bin/draftdesk usr/bin/draftdesk-sandbox usr/lib/x86_64-linux-gnu/draftdesk/draftdesk-http.so
             usr/share/applications/app.draftdesk.Draftdesk.desktop
             usr/share/icons/hicolor/scalable/apps/app.draftdesk.Draftdesk.svg
             usr/share/metainfo/app.draftdesk.Draftdesk.metainfo.xml
             usr/share/man/man1/draftdesk.1.gz usr/share/man/man1/draftdesk-sandbox.1.gz
             usr/share/doc/draftdesk/copyright usr/share/doc/draftdesk/changelog.gz)
    string(FIND "${contents}" "./${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}")
    endif()
endforeach()

# The binaries are stripped, whatever the build type.
set(unpacked "${out}/unpacked")
execute_process(COMMAND dpkg-deb -x ${debs} "${unpacked}" RESULT_VARIABLE rc)
foreach(program bin/draftdesk bin/draftdesk-sandbox lib/x86_64-linux-gnu/draftdesk/draftdesk-http.so)
    execute_process(COMMAND file -b "${unpacked}/usr/${program}" OUTPUT_VARIABLE kind)
    if(NOT kind MATCHES ", stripped")
        message(FATAL_ERROR "usr/${program} is not stripped: ${kind}")
    endif()
endforeach()

# The installed program finds its HTTP module where the package puts it (app/main/HttpModule.h): the
# example scenario replays against its own sandbox, from the unpacked tree.
set(home "${out}/home")
file(MAKE_DIRECTORY "${home}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env HOME=${home} XDG_CONFIG_HOME=${home}/config
                        XDG_DATA_HOME=${home}/data XDG_CACHE_HOME=${home}/cache
                        "${unpacked}/usr/bin/draftdesk" --scenario
                        "${SOURCE_DIR}/resources/scenarios/schedule-round-trip.json" --demo
                OUTPUT_VARIABLE said ERROR_VARIABLE said RESULT_VARIABLE rc TIMEOUT 120)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the installed draftdesk could not replay a scenario (${rc}):\n${said}")
endif()

# The manual page documents the options the program has today.
execute_process(COMMAND gzip -dc "${unpacked}/usr/share/man/man1/draftdesk.1.gz" OUTPUT_VARIABLE page)
string(REPLACE "\\" "" page "${page}") # roff writes "--demo" as "\-\-demo"
foreach(option --demo --api-base --open CLOSE_API_KEY)
    string(FIND "${page}" "${option}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "draftdesk.1 does not mention ${option}")
    endif()
endforeach()

foreach(check "lintian;--fail-on;error,warning;${debs}"
              "desktop-file-validate;${SOURCE_DIR}/resources/app.draftdesk.Draftdesk.desktop"
              "appstreamcli;validate;--no-net;${SOURCE_DIR}/resources/app.draftdesk.Draftdesk.metainfo.xml")
    execute_process(COMMAND ${check} OUTPUT_VARIABLE said ERROR_VARIABLE said RESULT_VARIABLE rc TIMEOUT 240)
    list(GET check 0 tool)
    # desktop-file-validate exits 0 on hints: any output at all is a finding.
    if(NOT rc EQUAL 0 OR (tool STREQUAL "desktop-file-validate" AND NOT said STREQUAL ""))
        message(FATAL_ERROR "${tool} found problems (${rc}):\n${said}")
    endif()
endforeach()
message(STATUS "package ${debs} is complete and clean")
