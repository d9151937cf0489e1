# One place for every build flag (see STYLE.md): targets link suyuan_options.
add_library(suyuan_options INTERFACE)
target_compile_features(suyuan_options INTERFACE cxx_std_20)
target_compile_options(suyuan_options INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast -Wno-unused-parameter)
target_compile_definitions(suyuan_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    SUYUAN_VERSION="${PROJECT_VERSION}")
if(SUYUAN_SANITIZE)
    target_compile_options(suyuan_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
    target_link_options(suyuan_options INTERFACE -fsanitize=address,undefined)
endif()
if(SUYUAN_TSAN)
    if(SUYUAN_SANITIZE)
        message(FATAL_ERROR "SUYUAN_TSAN and SUYUAN_SANITIZE cannot be combined")
    endif()
    target_compile_options(suyuan_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(suyuan_options INTERFACE -fsanitize=thread)
endif()
