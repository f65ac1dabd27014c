# Sourced by the setup and test scripts: apt_install_missing PKG… installs the Debian packages
# given (as root, or through sudo), quietly, with one line on stderr naming them. Nothing
# happens when none is given.
apt_install_missing() {
  [ $# -gt 0 ] || return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing $* ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
