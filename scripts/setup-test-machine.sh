#!/usr/bin/env bash
# What `npm test` needs beyond its npm packages, installed when missing: Debian's Chromium for the
# end-to-end suite, Firefox ESR and WebKitGTK's WebDriver (run under Xvfb) for the cross-browser suite,
# nginx for the shipped host config's test. `npm test` and `.ci/run` both run this. Where it cannot
# install (no apt-get, no root or sudo: a Mac, say) it says what is missing and which suites will say
# "not run" and why; in CI (CI=true) anything missing fails instead, because CI never skips.
set -uo pipefail

missing=()
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then missing+=(chromium); fi
if [ ! -x /usr/bin/firefox-esr ] && [ -z "${FIREFOX_PATH:-}" ]; then missing+=(firefox-esr); fi
if ! command -v WebKitWebDriver >/dev/null; then missing+=(webkit2gtk-driver); fi
if ! command -v xvfb-run >/dev/null; then missing+=(xvfb); fi
if [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
[ "${#missing[@]}" -eq 0 ] && exit 0

if command -v apt-get >/dev/null; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="unavailable"; fi
  fi
  if [ "$SUDO" != unavailable ]; then
    echo "Installing Debian's ${missing[*]} for the browser tests${SUDO:+ (with sudo)}"
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
      exit 0
    fi
    echo "Could not install ${missing[*]}"
  else
    echo "Not root and no sudo: cannot install ${missing[*]}"
  fi
else
  echo "No apt-get here: cannot install ${missing[*]}"
fi

if [ "${CI:-}" = true ]; then
  echo "CI never skips a suite: install ${missing[*]} (Debian package names)"
  exit 1
fi
echo "The suites that need them will report \"not run\" with the reason; the summary lists them."
exit 0
