#!/usr/bin/env bash
# Installs the Debian packages given as arguments, only those missing. Quick (one dpkg query)
# when everything is present; refreshes the package lists first when something must be installed.
set -euo pipefail
# dpkg-query exits non-zero when any package is unknown to dpkg (never installed on this
# machine), so its status is read line by line and its exit code is not trusted.
status=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)
missing=()
for pkg in "$@"; do
  grep -qx "$pkg installed" <<<"$status" || missing+=("$pkg")
done
((${#missing[@]})) || exit 0
echo "partnermap: installing Debian packages: ${missing[*]}" >&2
sudo=""
[[ $(id -u) == 0 ]] || sudo=sudo
$sudo apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
