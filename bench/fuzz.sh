#!/usr/bin/env bash
# The hardening run in one command: builds the host and the fuzzer in Release, then sends forged, malformed and
# abusive requests to the built host in Teams mode and in local mode. Arguments go to the fuzzer
# (--requests N per mode, default 6000; --host-dll <path> to run against another build of the host).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release --nologo -v q src/MeetingBot.Host
dotnet build -c Release --nologo -v q bench/MeetingBot.Fuzz
exec dotnet bench/MeetingBot.Fuzz/bin/Release/net10.0/MeetingBot.Fuzz.dll "$@"
