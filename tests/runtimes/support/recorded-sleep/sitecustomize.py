# Loaded by python3 through PYTHONPATH while a backoff example runs: time.sleep records the wait
# in $SLEEP_LOG (seconds, one per line) and returns at once, so the test reads the wait.
import os
import time


def _record(seconds):
    with open(os.environ["SLEEP_LOG"], "a") as log:
        log.write(f"{seconds}\n")


time.sleep = _record
