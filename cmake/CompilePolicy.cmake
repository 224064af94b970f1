# The one owner of compile policy: every PacsDrop target links pacsdrop_policy.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

set(CMAKE_AUTOMOC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(pacsdrop_policy INTERFACE)
target_compile_features(pacsdrop_policy INTERFACE cxx_std_23)
# Our libraries call their own functions directly, not through a symbol lookup at load time (every
# command loads the core; the window loads four more).
target_link_options(pacsdrop_policy INTERFACE
    $<$<OR:$<STREQUAL:$<TARGET_PROPERTY:TYPE>,SHARED_LIBRARY>,$<STREQUAL:$<TARGET_PROPERTY:TYPE>,MODULE_LIBRARY>>:-Wl,-Bsymbolic-functions>)
target_compile_options(pacsdrop_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    # GCC 12 false positive inside Qt 6.4's QArrayDataPointer (inlined temporaries)
    $<$<CXX_COMPILER_ID:GNU>:-Wno-dangling-pointer>)
if(PACSDROP_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
        message(FATAL_ERROR "PACSDROP_FUZZ needs clang 16 or later (Debian: clang-16, libclang-rt-16-dev)")
    endif()
    # Undefined behaviour stops the run like a crash does, so the fuzzer keeps the input.
    target_compile_options(pacsdrop_policy INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer
        # libstdc++ 12 offers std::expected only when __cpp_concepts says C++20 concepts are complete;
        # clang 16 implements what it needs (P0848) but first announces it in clang 19.
        -Wno-builtin-macro-redefined -U__cpp_concepts -D__cpp_concepts=202002L)
    target_link_options(pacsdrop_policy INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(pacsdrop_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PACSDROP_VERSION="${PROJECT_VERSION}")
