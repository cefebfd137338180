#!/usr/bin/env bash
# The lookups and the directory's list in one command: builds bench/MeetingBot.LookupBench in Release and runs it.
# Arguments: engine (embedded | azurite), joint meetings (10000), person lookups timed (200), of them the old way (20).
# Seeding is timed apart. Example: bash bench/lookups.sh azurite 2000 200 5
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release --nologo -v q bench/MeetingBot.LookupBench
exec dotnet bench/MeetingBot.LookupBench/bin/Release/net10.0/MeetingBot.LookupBench.dll "$@"
