; Inno Setup script: Windows installer for gkdesk (Chinese wizard).
; Build on Windows after `python packaging\build.py` has produced dist\gkdesk\:
;     iscc /DAppVersion=0.1.0 packaging\gkdesk.iss
; Output: dist\gkdesk-<version>-setup.exe. Installs per user by default (no administrator rights
; needed in most agencies); an administrator can choose "install for all users".
; Requires Inno Setup 6.3 or later (x64compatible). Saved as UTF-8 with BOM so that every 6.x reads the
; Chinese text as UTF-8. If compiler:Languages\ChineseSimplified.isl is missing from your installation,
; put the Simplified Chinese translation file from the Inno Setup translations into its Languages folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "gkdesk 政府信息公开年报"
#define AppExe "gkdesk.exe"
#define Root ".."

[Setup]
AppId={{6F0C7C52-4B8E-4E55-9C1D-5A1E9F0B7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=gkdesk
VersionInfoVersion={#AppVersion}
VersionInfoDescription=政府信息公开工作年度报告 编写、检查、导出工具 安装程序
DefaultDirName={autopf}\gkdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=gkdesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\gkdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："
Name: "assocjson"; Description: "在 .json 文件的“打开方式”中加入 gkdesk（不改变 .json 的默认程序）"; GroupDescription: "文件关联："; Flags: unchecked

[Files]
Source: "{#Root}\dist\gkdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "编写、检查、导出政府信息公开工作年度报告"
Name: "{group}\命令行检查工具（高级）"; Filename: "{cmd}"; Parameters: "/k ""{app}\gkdesk-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; optional: gkdesk appears under "打开方式" for .json files; the default program for .json is not taken over
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "gkdesk.Report"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assocjson
Root: HKA; Subkey: "Software\Classes\gkdesk.Report"; ValueType: string; ValueName: ""; ValueData: "政府信息公开年度报告"; Flags: uninsdeletekey; Tasks: assocjson
Root: HKA; Subkey: "Software\Classes\gkdesk.Report\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assocjson
Root: HKA; Subkey: "Software\Classes\gkdesk.Report\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assocjson
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "立即运行 {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder; the clerk's reports and the recovery folder in %LOCALAPPDATA%\gkdesk stay
Type: filesandordirs; Name: "{app}\_internal"
