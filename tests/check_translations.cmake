# Fails when a user-visible string in app/ or ui/ has no German or French translation yet, or a plural
# form ("%n email(s)") has no English wording.
# Runs lupdate over the sources into a scratch copy of the catalogue, so the real file is untouched.
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(lang de fr en)
    set(scratch "${WORK_DIR}/draftdesk_${lang}.ts")
    set(only)
    if(lang STREQUAL "en")
        set(only -pluralonly) # English is the source language: only its plural forms are written
    endif()
    configure_file("${SOURCE_DIR}/translations/draftdesk_${lang}.ts" "${scratch}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent ${only} -no-obsolete -locations none -extensions cpp,h,ui
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts "${scratch}"
        RESULT_VARIABLE rc TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
    file(STRINGS "${scratch}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${count} string(s) lack a '${lang}' translation: run "
                            "`cmake --build build/dev --target update_translations` and translate them.")
    endif()
endforeach()
message(STATUS "every string is translated")
