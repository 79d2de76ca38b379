; Inno Setup 6 script: the Fasilitaattori installer for Windows.
;
; First build the one-folder program (see packaging/README.md), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\fasilitaattori.iss
; Result: dist\Fasilitaattori-<version>-windows-setup.exe
;
; The installer needs no administrator rights (it installs for the current user unless the
; user chooses "for all users"), adds a Start menu entry, offers a desktop icon, and makes a
; double-click on a .fasi bundle open Fasilitaattori, which shows the import preview.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Fasilitaattori"
#define AppExe "Fasilitaattori.exe"
#define ProgId "Fasilitaattori.Bundle"
#define Root "..\.."

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{3F6C2B7E-9A41-4C55-8E0D-5B1F7A2C9D34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Fasilitaattori team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Fasilitaattori-{#AppVersion}-windows-setup
SetupIconFile={#Root}\resources\icons\fasilitaattori.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.BundleType=Fasilitaattorin siirtopaketti
fi.Associate=Avaa .fasi-siirtopaketit Fasilitaattorilla
en.BundleType=Fasilitaattori bundle
en.Associate=Open .fasi bundles with Fasilitaattori
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
sv.BundleType=Fasilitaattori-paket
sv.Associate=Öppna .fasi-paket med Fasilitaattori
#endif

[Tasks]
Name: "associate"; Description: "{cm:Associate}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Fasilitaattori\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA writes to HKCU for a per-user install and to HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.fasi"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.fasi"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-fasilitaattori-bundle"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.fasi\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".fasi"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
