# Additional clean files
cmake_minimum_required(VERSION 3.16)

if("${CONFIG}" STREQUAL "" OR "${CONFIG}" STREQUAL "RelWithDebInfo")
  file(REMOVE_RECURSE
  "app/CMakeFiles/pacsdrop_autogen.dir/AutogenUsed.txt"
  "app/CMakeFiles/pacsdrop_autogen.dir/ParseCache.txt"
  "app/CMakeFiles/pacsdrop_cli_autogen.dir/AutogenUsed.txt"
  "app/CMakeFiles/pacsdrop_cli_autogen.dir/ParseCache.txt"
  "app/pacsdrop_autogen"
  "app/pacsdrop_cli_autogen"
  "core/CMakeFiles/pacsdrop_core_autogen.dir/AutogenUsed.txt"
  "core/CMakeFiles/pacsdrop_core_autogen.dir/ParseCache.txt"
  "core/pacsdrop_core_autogen"
  "ui/CMakeFiles/pacsdrop_ui_autogen.dir/AutogenUsed.txt"
  "ui/CMakeFiles/pacsdrop_ui_autogen.dir/ParseCache.txt"
  "ui/pacsdrop_ui_autogen"
  )
endif()
