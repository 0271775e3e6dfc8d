#!/usr/bin/env bash
# Installs the Debian packages given as arguments, only those missing. Quick (one dpkg query)
# when everything is present; refreshes the package lists first when something must be installed.
set -euo pipefail
missing=()
while read -r pkg status; do
  [[ $status == installed ]] || missing+=("$pkg")
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null; \
         for p in "$@"; do dpkg-query -W "$p" >/dev/null 2>&1 || echo "$p absent"; done)
((${#missing[@]})) || exit 0
echo "partnermap: installing Debian packages: ${missing[*]}" >&2
sudo=""
[[ $(id -u) == 0 ]] || sudo=sudo
$sudo apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
