# Sourced by the .ci/setup-*.sh scripts: their one guard around Debian's package manager.
#
#   apt_install SCRIPT MISSING CONSEQUENCE [apt-get install options…] PACKAGE…
#
# installs the packages quietly when we can (root, with apt-get); else says on stderr what is
# missing and what the tests will do without it, and returns 1 (the caller then exits 0: the
# tests skip and say why, or fail under CI=true).
apt_install() {
  local script="$1" missing="$2" consequence="$3"
  shift 3
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$script: $missing and cannot install (needs root and apt-get); $consequence" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}
