# Every external library PacsDrop builds on, found once (Debian 12 packages; see scripts/debian-packages.txt).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Svg Network HttpServer Sql Concurrent Test LinguistTools)
find_package(DCMTK REQUIRED CONFIG)

# DCMTK's headers are not warning-clean under our policy: mark them as system headers.
add_library(pacsdrop_dcmtk INTERFACE)
find_package(ZLIB REQUIRED) # the structure scan follows deflated datasets
target_link_libraries(pacsdrop_dcmtk INTERFACE DCMTK::dcmnet DCMTK::dcmdata DCMTK::oflog DCMTK::ofstd)
# DICOM TLS (dcmtls) and the OpenSSL calls PacsDrop makes itself (server-name check, sealed
# secrets): only in the TLS module (net/TlsModule.h), so no other start maps OpenSSL.
find_package(OpenSSL REQUIRED)
add_library(pacsdrop_dcmtk_tls INTERFACE)
target_link_libraries(pacsdrop_dcmtk_tls INTERFACE pacsdrop_dcmtk DCMTK::dcmtls OpenSSL::SSL OpenSSL::Crypto)
# Pixels: rendering (previews, in the image library) and the decoders (the codecs module). Kept
# out of the core, which every command loads (dicom/Decoders.h).
add_library(pacsdrop_dcmtk_pixels INTERFACE)
target_link_libraries(pacsdrop_dcmtk_pixels INTERFACE pacsdrop_dcmtk DCMTK::dcmjpeg DCMTK::dcmjpls DCMTK::dcmimage DCMTK::dcmimgle)
get_target_property(_dcmtk_includes DCMTK::dcmdata INTERFACE_INCLUDE_DIRECTORIES)
if(_dcmtk_includes)
    target_include_directories(pacsdrop_dcmtk SYSTEM INTERFACE ${_dcmtk_includes})
endif()
target_include_directories(pacsdrop_dcmtk SYSTEM INTERFACE /usr/include/dcmtk)

# Conversion: Poppler (PDF checks), libjpeg-turbo (JPEG transforms and encoding), Qt Gui (QImage).
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
pkg_check_modules(TURBOJPEG REQUIRED IMPORTED_TARGET libturbojpeg)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET libavformat libavcodec libavutil libswscale)
