#!/usr/bin/env bash
# A province on one store in one command: builds bench/MeetingBot.ProvinceBench in Release and runs it.
# Arguments: engine (embedded | azurite), joint meetings (10000), of which due at 09:00 (1000). Seeding is timed apart.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release --nologo -v q src/MeetingBot.Host   # started by the bench on the seeded store (start-up time)
dotnet build -c Release --nologo -v q bench/MeetingBot.ProvinceBench
exec dotnet bench/MeetingBot.ProvinceBench/bin/Release/net10.0/MeetingBot.ProvinceBench.dll "$@"
