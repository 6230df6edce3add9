# `anchorline export` twice into separate files, which must be the same bytes (README: "The same
# input gives the same bytes"). -DAPP= -DINPUT= -DOUT= -DSUFFIXES=png,svg,pdf
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
string(REPLACE "," ";" suffixes "${SUFFIXES}")
foreach(suffix IN LISTS suffixes)
    foreach(run 1 2)
        execute_process(
            COMMAND ${APP} export ${INPUT} -o ${OUT}/run${run}.${suffix} --today 2026-01-15
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "export to .${suffix} failed (${result})")
        endif()
    endforeach()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/run1.${suffix}
                            ${OUT}/run2.${suffix} RESULT_VARIABLE differ)
    if(NOT differ EQUAL 0)
        message(FATAL_ERROR "two exports of the same input to .${suffix} differ")
    endif()
endforeach()
