# Builds the Debian package from the build tree and checks that it installs the program, its menu
# entry, icon and metainfo. cmake -DBUILD_DIR=… -P check_package.cmake
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
foreach(path usr/bin/draftdesk usr/share/applications/app.draftdesk.Draftdesk.desktop
             usr/share/icons/hicolor/scalable/apps/app.draftdesk.Draftdesk.svg
             usr/share/metainfo/app.draftdesk.Draftdesk.metainfo.xml)
    string(FIND "${contents}" "./${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}")
    endif()
endforeach()
message(STATUS "package ${debs} is complete")
