#!/usr/bin/env bash
# The reminder fan-out benchmark in one command: builds bench/MeetingBot.ReminderBench in Release (it holds the host's
# own composition) and runs it. Arguments go to the bench: --count N (default 30000), --probes N (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

# Other builds may hold the same output files for a moment: retry rather than fail on a lock.
for attempt in 1 2 3; do
  if dotnet build -c Release --nologo -v q bench/MeetingBot.ReminderBench; then break; fi
  if [ "$attempt" -eq 3 ]; then exit 1; fi
  echo "build failed (attempt $attempt); retrying in 10 s" >&2
  sleep 10
done

exec dotnet bench/MeetingBot.ReminderBench/bin/Release/net10.0/MeetingBot.ReminderBench.dll "$@"
