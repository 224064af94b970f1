; PacsDrop Windows installer (NSIS). Builds with: makensis /DVERSION=0.1.0 /DSOURCE=<folder with
; pacsdrop.exe and its Qt/DCMTK/FFmpeg DLLs from windeployqt> pacsdrop.nsi
; Installs per machine, adds "Send to PACS" to the Explorer context menu for files and folders,
; a Start-menu entry, and an uninstaller that removes all of it. Settings and the outbox stay in
; the user's profile (%APPDATA%\PacsDrop, %LOCALAPPDATA%\PacsDrop) and are not removed.
; Optionally (the "Windows service" component, off by default) registers "pacsdrop serve" as the
; service "PacsDrop" (manual start) with its settings and data under %ProgramData%\PacsDrop,
; readable by SYSTEM and Administrators only; docs/service.md says how to configure and start it.

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

; The headless service: watched folders, inbound listeners, HTTP API, outbox (docs/service.md).
; Runs as LocalSystem unless an administrator sets another account (sc config PacsDrop obj= ...).
Section /o "Windows service" SecService
  SetShellVarContext all ; $APPDATA is now %ProgramData%
  CreateDirectory "$APPDATA\PacsDrop\data"
  ; The settings hold the API password hash: no access for ordinary users.
  nsExec::ExecToLog 'icacls "$APPDATA\PacsDrop" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F'
  nsExec::ExecToLog 'sc.exe create PacsDrop binPath= "\"$INSTDIR\pacsdrop.exe\" serve --windows-service --config \"$APPDATA\PacsDrop\settings.json\" --data-dir \"$APPDATA\PacsDrop\data\"" start= demand DisplayName= "PacsDrop"'
  nsExec::ExecToLog 'sc.exe description PacsDrop "Sends files from watched folders, the inbound DICOM listeners and the local HTTP API to the PACS."'
  ; Restart after a crash (the outbox resumes what was pending): after 10 s, 60 s, then 5 min.
  nsExec::ExecToLog 'sc.exe failure PacsDrop reset= 86400 actions= restart/10000/restart/60000/restart/300000'
  SetShellVarContext current
SectionEnd

Section "Uninstall"
  nsExec::ExecToLog 'sc.exe stop PacsDrop'
  nsExec::ExecToLog 'sc.exe delete PacsDrop'
  DeleteRegKey HKCR "*\shell\PacsDrop.SendToPacs"
  DeleteRegKey HKCR "Directory\shell\PacsDrop.SendToPacs"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacsDrop"
  Delete "$SMPROGRAMS\PacsDrop.lnk"
  RMDir /r "$INSTDIR"
SectionEnd
