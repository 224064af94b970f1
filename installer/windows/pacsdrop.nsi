; PacsDrop Windows installer (NSIS). Builds with: makensis /DVERSION=0.1.0 /DSOURCE=<folder with
; pacsdrop.exe and its Qt/DCMTK/FFmpeg DLLs from windeployqt> pacsdrop.nsi
; Installs per machine, adds "Send to PACS" to the Explorer context menu for files and folders,
; a Start-menu entry, and an uninstaller that removes all of it. Settings and the outbox stay in
; the user's profile (%APPDATA%\PacsDrop, %LOCALAPPDATA%\PacsDrop) and are not removed.

Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE
  !define SOURCE "dist"
!endif

Name "PacsDrop ${VERSION}"
OutFile "PacsDrop-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\PacsDrop"
RequestExecutionLevel admin

!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Lithuanian"

Section "PacsDrop"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\PacsDrop.lnk" "$INSTDIR\pacsdrop.exe"

  ; Explorer context menu: files (*) and folders (Directory), one entry each.
  WriteRegStr HKCR "*\shell\PacsDrop.SendToPacs" "" "Send to PACS"
  WriteRegStr HKCR "*\shell\PacsDrop.SendToPacs" "Icon" "$INSTDIR\pacsdrop.exe,0"
  WriteRegStr HKCR "*\shell\PacsDrop.SendToPacs" "MultiSelectModel" "Player"
  WriteRegStr HKCR "*\shell\PacsDrop.SendToPacs\command" "" '"$INSTDIR\pacsdrop.exe" "%1"'
  WriteRegStr HKCR "Directory\shell\PacsDrop.SendToPacs" "" "Send to PACS"
  WriteRegStr HKCR "Directory\shell\PacsDrop.SendToPacs" "Icon" "$INSTDIR\pacsdrop.exe,0"
  WriteRegStr HKCR "Directory\shell\PacsDrop.SendToPacs\command" "" '"$INSTDIR\pacsdrop.exe" "%1"'

  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacsDrop" "DisplayName" "PacsDrop"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacsDrop" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacsDrop" "UninstallString" '"$INSTDIR\uninstall.exe"'
SectionEnd

Section "Uninstall"
  DeleteRegKey HKCR "*\shell\PacsDrop.SendToPacs"
  DeleteRegKey HKCR "Directory\shell\PacsDrop.SendToPacs"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacsDrop"
  Delete "$SMPROGRAMS\PacsDrop.lnk"
  RMDir /r "$INSTDIR"
SectionEnd
