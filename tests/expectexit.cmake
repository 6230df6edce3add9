# expect_exit(CODE COMMAND...): runs COMMAND and fails unless it exits with exactly CODE. CTest
# alone only tells zero from non-zero, so a WILL_FAIL test would also pass on a crash or on a
# usage error (2) where 1 was meant. What the command wrote to stderr is left in
# expect_exit_stderr for further checks.
function(expect_exit code)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL code)
        message(FATAL_ERROR "${ARGN}: exit ${rc}, expected ${code}\n${out}${err}")
    endif()
    set(expect_exit_stderr "${err}" PARENT_SCOPE)
endfunction()

# As a script of its own, for one command:
#   cmake -DCODE=1 "-DCOMMAND=<exe>|<arg>|<arg>..." -P expectexit.cmake
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT DEFINED CODE OR NOT DEFINED COMMAND)
        message(FATAL_ERROR "usage: cmake -DCODE=N -DCOMMAND=exe|arg|... -P expectexit.cmake")
    endif()
    string(REPLACE "|" ";" command "${COMMAND}")
    set(ENV{QT_QPA_PLATFORM} offscreen)
    expect_exit(${CODE} ${command})
endif()
