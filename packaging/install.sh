#!/bin/sh
# Install the gkdesk folder (the one this script is in) and add it to the application menu.
#   sudo ./install.sh        -> /opt/gkdesk, menu entry for every user, /usr/local/bin/gkdesk
#   ./install.sh             -> ~/.local/opt/gkdesk, menu entry for this user, ~/.local/bin/gkdesk
#   ./install.sh --user      -> the per-user install even when run as root
#   ./install.sh --uninstall -> remove what the same kind of install put there (add --user likewise)
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
USER_INSTALL=""; UNINSTALL=""
for arg in "$@"; do
  case "$arg" in
    --user) USER_INSTALL=1 ;;
    --uninstall) UNINSTALL=1 ;;
    *) echo "用法：$0 [--user] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" = 0 ] && [ -z "$USER_INSTALL" ]; then
  DEST=/opt/gkdesk; APPS=/usr/share/applications; ICONS=/usr/share/icons/hicolor; BIN=/usr/local/bin
  MIME=/usr/share/mime
else
  DEST="$HOME/.local/opt/gkdesk"; APPS="$HOME/.local/share/applications"
  ICONS="$HOME/.local/share/icons/hicolor"; BIN="$HOME/.local/bin"; MIME="$HOME/.local/share/mime"
fi

if [ -n "$UNINSTALL" ]; then
  rm -rf "$DEST"
  rm -f "$APPS/gkdesk.desktop" "$ICONS/256x256/apps/gkdesk.png" "$ICONS/48x48/apps/gkdesk.png" "$BIN/gkdesk" \
        "$MIME/packages/gkdesk.xml"
  command -v update-mime-database >/dev/null 2>&1 && [ -d "$MIME/packages" ] && update-mime-database "$MIME" >/dev/null 2>&1 || true
  echo "gkdesk 已卸载（报告文件不受影响）。"
  exit 0
fi

if [ "$SRC" != "$DEST" ]; then
  rm -rf "$DEST"
  mkdir -p "$(dirname "$DEST")"
  cp -a "$SRC" "$DEST"
fi
mkdir -p "$APPS" "$ICONS/256x256/apps" "$ICONS/48x48/apps" "$BIN"
cp "$DEST/_internal/resources/icons/gkdesk.png" "$ICONS/256x256/apps/gkdesk.png"
cp "$DEST/_internal/resources/icons/gkdesk-48.png" "$ICONS/48x48/apps/gkdesk.png"
ln -sf "$DEST/gkdesk" "$BIN/gkdesk"
sed -e "s|^Exec=.*|Exec=\"$DEST/gkdesk\" %f|" -e "s|^TryExec=.*|TryExec=$DEST/gkdesk|" \
    "$DEST/gkdesk.desktop" > "$APPS/gkdesk.desktop"
chmod 644 "$APPS/gkdesk.desktop"
if [ -f "$DEST/gkdesk-mime.xml" ]; then  # report files (.json with the gkdesk marker) open in gkdesk
  mkdir -p "$MIME/packages" && cp "$DEST/gkdesk-mime.xml" "$MIME/packages/gkdesk.xml" && chmod 644 "$MIME/packages/gkdesk.xml"
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$MIME" >/dev/null 2>&1 || true
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$ICONS" >/dev/null 2>&1 || true
echo "gkdesk 已安装到 $DEST ，可在应用程序菜单“办公”中找到“政府信息公开年报”。"
