#!/usr/bin/env bash
# The channel benchmark in one command: installs wrk if it is missing, builds the host and the bench in Release,
# then runs bench/MeetingBot.ChannelBench against the built host. Arguments go to the bench (--quick, --text help, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed: installing the Debian package (apt-get install -y wrk)" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  # A machine whose package lists were never fetched needs apt-get update first.
  if ! $sudo apt-get install -y wrk >&2 && ! { $sudo apt-get update >&2 && $sudo apt-get install -y wrk >&2; }; then
    echo "error: could not install wrk; install the Debian package 'wrk' and run again" >&2
    exit 1
  fi
  command -v wrk >/dev/null 2>&1 || { echo "error: wrk is still not on PATH after installing it" >&2; exit 1; }
fi

# Other builds may hold the same output files for a moment: retry rather than fail on a lock.
build() {
  for attempt in 1 2 3; do
    if dotnet build -c Release --nologo -v q "$1"; then return 0; fi
    echo "build of $1 failed (attempt $attempt); retrying in 10 s" >&2
    sleep 10
  done
  return 1
}
build src/MeetingBot.Host
build bench/MeetingBot.ChannelBench

exec dotnet bench/MeetingBot.ChannelBench/bin/Release/net10.0/MeetingBot.ChannelBench.dll "$@"
