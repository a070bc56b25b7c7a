"""GET a URL with the API key from $API_KEY, retrying 429 and 503 answers: wait at least as long
as Retry-After asks (RFC 9110 section 10.2.3), otherwise back off exponentially with full jitter.
Run: API_KEY=... python3 backoff.py https://api.example.com/v1/users/me
"""
import os
import random
import sys
import time
from email.utils import parsedate_to_datetime

import requests

MAX_ATTEMPTS = 5
BASE = 0.5  # first backoff ceiling in seconds; it doubles after each refusal
CAP = 30.0  # the ceiling never grows beyond this
MAX_WAIT = 60.0  # a longer Retry-After means: give up now, try much later


def retry_after_seconds(value):
    """Seconds until the moment a Retry-After value names, or None if it has none."""
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return float(text)  # delta-seconds
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time.time())  # HTTP-date
    except (TypeError, ValueError, IndexError):
        return None


def backoff_seconds(attempt):
    """Full jitter: a random wait between zero and the current ceiling."""
    return random.uniform(0, min(CAP, BASE * 2**attempt))


def get_with_backoff(url, headers):
    for attempt in range(MAX_ATTEMPTS):
        response = requests.get(url, headers=headers, timeout=30)
        retryable = response.status_code in (429, 503)
        if not retryable or attempt + 1 == MAX_ATTEMPTS:
            return response
        hinted = retry_after_seconds(response.headers.get("Retry-After")) or 0.0
        wait = max(hinted, backoff_seconds(attempt))
        if wait > MAX_WAIT:
            return response
        print(f"{response.status_code}: retrying in {wait:.1f} s", file=sys.stderr)
        time.sleep(wait)
    raise AssertionError("unreachable")


if __name__ == "__main__":
    api_key = os.environ.get("API_KEY")
    if not api_key:
        sys.exit("Set API_KEY first.")
    url = sys.argv[1] if len(sys.argv) > 1 else "https://api.example.com/v1/users/me"
    response = get_with_backoff(url, {"Authorization": f"Bearer {api_key}"})
    print(response.status_code, response.text)
    sys.exit(0 if response.ok else 1)
