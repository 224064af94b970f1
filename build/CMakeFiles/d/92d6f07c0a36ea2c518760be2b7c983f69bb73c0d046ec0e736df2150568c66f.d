app/pacsdrop_cli_autogen/timestamp: \
  /work/main/app/CMakeLists.txt \
  /work/main/app/cli/Cancellation.cpp \
  /work/main/app/cli/Cancellation.h \
  /work/main/app/cli/CliContext.cpp \
  /work/main/app/cli/CliContext.h \
  /work/main/app/cli/Commands.h \
  /work/main/app/cli/ConsoleReporter.cpp \
  /work/main/app/cli/ConsoleReporter.h \
  /work/main/app/cli/Dispatch.cpp \
  /work/main/app/cli/Dispatch.h \
  /work/main/app/cli/EchoCommand.cpp \
  /work/main/app/cli/QueueCommand.cpp \
  /work/main/app/cli/SendCommand.cpp \
  /usr/bin/cmake
