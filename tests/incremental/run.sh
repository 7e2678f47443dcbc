#!/usr/bin/env bash
# Incremental builds against clean builds: scripted and seeded random edit sequences, recovery
# from a missing, damaged or unfinished state, --watch (see run.py).
exec python3 "$(dirname "$0")/run.py" "$@"
