# Builds the .deb of an already built tree with CPack and checks what it would install.
#   cmake -DBINARY_DIR=<build dir> -DCPACK=<cpack> -DDPKG_DEB=<dpkg-deb> -P checkdeb.cmake
foreach(var BINARY_DIR CPACK DPKG_DEB)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkdeb.cmake: -D${var}=... is required")
    endif()
endforeach()

set(out ${BINARY_DIR}/package-test)
file(REMOVE_RECURSE ${out})
execute_process(
    COMMAND ${CPACK} -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${out}
    WORKING_DIRECTORY ${BINARY_DIR}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()
file(GLOB debs ${out}/anchorline_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one anchorline_*.deb in ${out}, found: ${debs}")
endif()

execute_process(COMMAND ${DPKG_DEB} -c ${debs}
    RESULT_VARIABLE result OUTPUT_VARIABLE listing ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed: ${error}")
endif()

set(app_id io.github.anchorline.Anchorline)
set(expected
    ./usr/bin/anchorline
    ./usr/share/anchorline/japan-security.anchorline.json
    ./usr/share/applications/${app_id}.desktop
    ./usr/share/metainfo/${app_id}.metainfo.xml
    ./usr/share/mime/packages/${app_id}.xml
    ./usr/share/icons/hicolor/scalable/apps/${app_id}.svg
    ./usr/share/doc/anchorline/copyright)
foreach(size 16 32 48 64 128 256 512)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
endforeach()
set(missing)
foreach(path IN LISTS expected)
    string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${path}")
    if(NOT listing MATCHES " ${pattern}\n")
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "missing from ${debs}: ${missing}\ncontents:\n${listing}")
endif()
# Nothing of the build tree (tests, benchmarks, the icon tool) belongs in the package.
if(listing MATCHES "(anchorline-bench|anchorline-rendericon|tst_)")
    message(FATAL_ERROR "build-only file ${CMAKE_MATCH_1} in ${debs}:\n${listing}")
endif()

execute_process(COMMAND ${DPKG_DEB} -f ${debs} Package Version Section Depends
    OUTPUT_VARIABLE fields)
if(NOT fields MATCHES "Package: anchorline\n" OR NOT fields MATCHES "Section: science\n"
   OR NOT fields MATCHES "Depends: [^\n]*libqt6widgets6" OR NOT fields MATCHES "qt6-qpa-plugins")
    message(FATAL_ERROR "unexpected control fields:\n${fields}")
endif()
list(LENGTH expected expected_count)
message(STATUS "${debs}: all ${expected_count} expected paths and the control fields present\n${fields}")
