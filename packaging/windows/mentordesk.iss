; Inno Setup script: a per-user installer for the one-folder Windows build of MentorDesk.
; Not tested here (no Windows machine); see packaging/README.md.
;
;   pyinstaller --noconfirm --clean packaging\mentordesk.spec
;   iscc /DMyAppVersion=0.1.0 packaging\windows\mentordesk.iss
;
; Installs into %LOCALAPPDATA%\Programs\MentorDesk without administrator rights, adds a Start
; menu entry, opens .mentordesk files with MentorDesk (with the document icon), and uninstalls
; cleanly. Practice files, settings and backups are never touched by the uninstaller.

#ifndef MyAppVersion
  #error Pass the version: iscc /DMyAppVersion=X.Y.Z (it is in mentordesk/version.py)
#endif
#define MyAppName "MentorDesk"
#define MyAppExe "MentorDesk.exe"
#define MyProgId "MentorDesk.PracticeFile"
#define Root "..\.."

[Setup]
AppId={{6F1C2D0E-4B7A-4F0B-9C51-2E3A8D7B5A10}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher=The MentorDesk developers
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=MentorDesk-{#MyAppVersion}-setup
SetupIconFile={#Root}\resources\icons\mentordesk.ico
UninstallDisplayIcon={app}\{#MyAppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Root}\dist\mentordesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\mentordesk-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .mentordesk -> MentorDesk.PracticeFile, opened by MentorDesk.exe "%1", shown with the document icon.
Root: HKA; Subkey: "Software\Classes\.mentordesk"; ValueType: string; ValueName: ""; ValueData: "{#MyProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mentordesk\OpenWithProgids"; ValueType: string; ValueName: "{#MyProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#MyProgId}"; ValueType: string; ValueName: ""; ValueData: "MentorDesk practice file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#MyProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mentordesk-document.ico"
Root: HKA; Subkey: "Software\Classes\{#MyProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#MyAppExe}\SupportedTypes"; ValueType: string; ValueName: ".mentordesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
