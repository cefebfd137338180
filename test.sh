#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed, N skipped".
# Exits non-zero when the build or any test fails, or when no test ran at all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The per-assembly summary lines are parsed below: keep them in English, and plain (no terminal logger).
export DOTNET_CLI_UI_LANGUAGE=en
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

# --- set-up ---------------------------------------------------------------------------------------------
# What the tests need besides the .NET SDK is installed here, one function per dependency, each failing
# loudly: tests start their peers themselves and never skip because one is missing.

# Installs tools/<name>'s pinned npm packages with npm ci, unless node_modules already holds the pinned version of
# <package>; npm's chatter is shown only when it fails.
install_npm_tool() {
  local dir="tools/$1" package="$2" what="$3" out
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "test.sh: Node.js 20+ and npm are needed to install $what; install them and rerun." >&2
    return 1
  fi
  local pinned installed
  pinned="$(node -p "require('./$dir/package-lock.json').packages['node_modules/$package'].version")"
  installed="$(node -p "try { require('./$dir/node_modules/$package/package.json').version } catch { '' }")"
  [[ "$installed" == "$pinned" ]] && return 0

  out="$(mktemp)"
  if ! npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >"$out" 2>&1; then
    cat "$out" >&2
    rm -f "$out"
    echo "test.sh: installing $what failed (npm ci --prefix $dir)." >&2
    return 1
  fi
  rm -f "$out"
  echo "test.sh: installed $package $pinned in $dir"
}

# Azurite (the Azure Storage emulator) for the storage tests, pinned by tools/azurite/package-lock.json.
install_azurite() {
  install_npm_tool azurite azurite "Azurite for the storage tests"
}

# The official Web Chat client the host serves and the web chat tests drive, pinned by tools/webchat/package-lock.json.
# (The host's build would install it too; doing it here keeps npm's output out of the test log.)
# With it the official Direct Line client (botframework-directlinejs) the Direct Line tests drive in Chromium.
install_webchat() {
  install_npm_tool webchat botframework-webchat "the Web Chat client (botframework-webchat)" &&
    install_npm_tool webchat botframework-directlinejs "the Direct Line client (botframework-directlinejs)"
}

# ical.js, one of the two independent parsers the invitation tests read the .ics files with, pinned by
# tools/ical/package-lock.json.
install_ical_js() {
  install_npm_tool ical ical.js "ical.js for the invitation tests"
}

# Python's icalendar from Debian (used through /usr/bin/python3), the invitation tests' other parser. Needs root (CI is).
install_icalendar() {
  /usr/bin/python3 -c 'import icalendar' 2>/dev/null && return 0
  if ! command -v apt-get >/dev/null || [[ "$(id -u)" != 0 ]]; then
    echo "test.sh: the invitation tests need python3-icalendar (Debian: apt-get install -y python3-icalendar) and this is not root on Debian/Ubuntu; install it and rerun." >&2
    return 1
  fi
  local out
  out="$(mktemp)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-icalendar; } >"$out" 2>&1; then
    cat "$out" >&2
    rm -f "$out"
    echo "test.sh: installing python3-icalendar for the invitation tests failed." >&2
    return 1
  fi
  rm -f "$out"
  echo "test.sh: installed python3-icalendar"
}

# Debian's Chromium for the web chat tests (Playwright drives /usr/bin/chromium; its own browser download is not
# available here), with a CJK font so Chinese renders in the page and its screenshots. Needs root (CI is).
install_chromium() {
  local packages=()
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]] || packages+=(fonts-noto-cjk)
  (( ${#packages[@]} == 0 )) && return 0

  if ! command -v apt-get >/dev/null || [[ "$(id -u)" != 0 ]]; then
    echo "test.sh: the web chat tests need ${packages[*]} (Debian: apt-get install -y ${packages[*]}) and this is not root on Debian/Ubuntu; install them and rerun." >&2
    return 1
  fi
  local out
  out="$(mktemp)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"; } >"$out" 2>&1; then
    cat "$out" >&2
    rm -f "$out"
    echo "test.sh: installing ${packages[*]} for the web chat tests failed (apt-get install -y ${packages[*]})." >&2
    return 1
  fi
  rm -f "$out"
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "test.sh: apt-get installed ${packages[*]} but /usr/bin/chromium is still missing." >&2
    return 1
  fi
  echo "test.sh: installed ${packages[*]} ($(/usr/bin/chromium --version 2>/dev/null))"
}

# The Bicep CLI that compiles and lints manifests/azure is not installed here: it is the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (pinned in Directory.Packages.props), restored with tests/MeetingBot.Host.Tests.

# Debian's LibreOffice (Writer and Calc, without the GUI), headless: the brief and export tests open what we write in
# a real office suite, and the policy-format tests turn the Word files they build into real PDFs. Needs root (CI is).
install_libreoffice() {
  [[ -x /usr/bin/soffice ]] && dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 && return 0
  local packages=(libreoffice-writer-nogui libreoffice-calc-nogui)
  if ! command -v apt-get >/dev/null || [[ "$(id -u)" != 0 ]]; then
    echo "test.sh: the brief and policy-format tests need ${packages[*]} (Debian: apt-get install -y ${packages[*]}) and this is not root on Debian/Ubuntu; install them and rerun." >&2
    return 1
  fi
  local out
  out="$(mktemp)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"; } >"$out" 2>&1; then
    cat "$out" >&2
    rm -f "$out"
    echo "test.sh: installing ${packages[*]} for the brief and policy-format tests failed." >&2
    return 1
  fi
  rm -f "$out"
  echo "test.sh: installed ${packages[*]}"
}

setup() {
  install_azurite
  install_webchat
  install_ical_js
  install_icalendar
  install_chromium
  install_libreoffice
}

# --- tests ----------------------------------------------------------------------------------------------
# VSTest prints one line per test assembly, e.g.
#   Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 2 s - X.Tests.dll (net10.0)
sum_counts() {
  awk '
    function count(label,   text) {
      if (!match($0, label ": +[0-9]+")) return 0
      text = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", text); return text + 0
    }
    /^[ \t]*(Passed|Failed|Skipped)! +- / {
      passed += count("Passed"); failed += count("Failed"); skipped += count("Skipped")
    }
    END { print passed + 0, failed + 0, skipped + 0 }
  ' "$1"
}

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

run_tests() {
  local status passed failed skipped

  set +e
  # A test that hangs fails after 10 minutes with a dump of where it stood, rather than holding CI to its limit.
  dotnet test MeetingBot.sln -c Release -tl:off --blame-hang-timeout 10m 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e

  read -r passed failed skipped < <(sum_counts "$log")
  if (( status == 0 && passed + failed == 0 )); then
    echo "test.sh: no tests ran" >&2
    status=1
  elif (( status == 0 && failed > 0 )); then
    status=1
  fi

  echo
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$status"
}

setup
run_tests
