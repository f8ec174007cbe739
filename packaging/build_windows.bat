@echo off
rem Build the Windows installer of gkdesk: one-folder program (PyInstaller), smoke test, Inno Setup installer.
rem Run from anywhere on a Windows 10/11 machine with Python 3.11+ (python.org installer, "py" launcher)
rem and Inno Setup 6.3+ installed:   packaging\build_windows.bat
rem Result: dist\gkdesk\ (the program), dist\gkdesk-VERSION-windows-amd64.zip, dist\gkdesk-VERSION-setup.exe
rem This file is ASCII only (any console code page reads it); paths may contain Chinese characters:
rem every path is quoted and Python runs in UTF-8 mode.
setlocal EnableExtensions
chcp 65001 >nul
set "PYTHONUTF8=1"
set "PYTHONIOENCODING=utf-8"

set "ROOT=%~dp0.."
pushd "%ROOT%" || goto :fail
set "VENV=%ROOT%\build\winvenv"

rem 1. Python: the py launcher (3.11 preferred), else python on the PATH
set "PY="
where py >nul 2>nul && (py -3.11 -c "import sys" >nul 2>nul && set "PY=py -3.11")
if not defined PY where py >nul 2>nul && (py -3 -c "import sys; assert sys.version_info >= (3, 11)" >nul 2>nul && set "PY=py -3")
if not defined PY where python >nul 2>nul && (python -c "import sys; assert sys.version_info >= (3, 11)" >nul 2>nul && set "PY=python")
if not defined PY (
  echo [build] Python 3.11 or newer is needed: https://www.python.org/downloads/windows/
  goto :fail
)
echo [build] using %PY%

rem 2. a private virtual environment with gkdesk and PyInstaller
if not exist "%VENV%\Scripts\python.exe" (
  %PY% -m venv "%VENV%" || goto :fail
)
"%VENV%\Scripts\python.exe" -m pip install -q --upgrade pip || goto :fail
"%VENV%\Scripts\python.exe" -m pip install -q -e ".[build]" || goto :fail

rem 3. the one-folder program, its smoke test and the zip (packaging\build.py; writes the version resource)
"%VENV%\Scripts\python.exe" packaging\build.py || goto :fail

rem 4. the installer: Inno Setup's compiler, from the PATH or its usual places
for /f "usebackq delims=" %%v in (`"%VENV%\Scripts\python.exe" -c "import gkdesk; print(gkdesk.__version__)"`) do set "VERSION=%%v"
set "ISCC="
for %%i in (iscc.exe) do if not "%%~$PATH:i"=="" set "ISCC=%%~$PATH:i"
if not defined ISCC if exist "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
if not defined ISCC if exist "%ProgramFiles%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles%\Inno Setup 6\ISCC.exe"
if not defined ISCC if exist "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" set "ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"
if not defined ISCC (
  echo [build] Inno Setup 6 not found: install it from https://jrsoftware.org/isdl.php and run this again.
  echo [build] The program itself is ready in dist\gkdesk\ and dist\gkdesk-%VERSION%-windows-*.zip
  goto :fail
)
"%ISCC%" /Q "/DAppVersion=%VERSION%" "packaging\gkdesk.iss" || goto :fail
echo [build] installer: dist\gkdesk-%VERSION%-setup.exe
popd
endlocal
exit /b 0

:fail
echo [build] FAILED
popd
endlocal
exit /b 1
