; Inno Setup script for the Windows installer of Fuyuan Desktop (府院联动·诉前调解工作台).
;
; First build the one-folder app on Windows (python build_spec\build.py), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_spec\fuyuan-desktop.iss
; The installer is written to dist\installer\fuyuan-desktop-<version>-setup.exe.
;
; The app keeps everything it writes (database, backups, attachments, settings, logs, crash reports)
; in the user's folders (%LOCALAPPDATA%\Fuyuan\fuyuan-desktop\), never in the install folder, so it
; installs per user without administrator rights, and uninstalling leaves the data in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "府院联动·诉前调解工作台"
#define AppExe "fuyuan-desktop.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\fuyuan-desktop"

[Setup]
AppId={{6F1E2A4C-3B7D-4E59-9C1A-52D0F3B8A7E1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=松原市中级人民法院
DefaultDirName={autopf}\Fuyuan Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (court laptops rarely give clerks admin rights); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourcePath}\..\dist\installer
OutputBaseFilename=fuyuan-desktop-{#AppVersion}-setup
SetupIconFile={#SourcePath}\..\fuyuan_desktop\resources\icons\fuyuan.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrades replace the program files while the app is closed; the data folder is not touched.
CloseApplications=yes
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Fuyuan Desktop

[Languages]
; ChineseSimplified.isl is a maintained translation that is not bundled with Inno Setup: put it in the
; compiler's Languages folder to get a Chinese installer; without it the installer is in English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries and resources go, so nothing stale is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; The installed app checks itself once (offscreen, on a temporary copy of the database); its report goes to
; %LOCALAPPDATA%\Fuyuan\fuyuan-desktop\Logs\self-check.txt for IT.
Filename: "{app}\{#AppExe}"; Parameters: "--self-check"; StatusMsg: "正在自检 / Running the self-check…"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
