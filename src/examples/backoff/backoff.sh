#!/usr/bin/env bash
# GET a URL with the API key from $API_KEY, retrying 429 and 503 answers: wait at least as long
# as Retry-After asks (RFC 9110 §10.2.3), otherwise back off exponentially with full jitter.
# Needs bash, curl and GNU date (for a Retry-After given as an HTTP-date).
# Run: API_KEY=... bash backoff.sh https://api.example.com/v1/users/me
set -euo pipefail

url="${1:-https://api.example.com/v1/users/me}"
max_attempts=5
base_ms=500       # first backoff ceiling; it doubles after each refusal
cap_ms=30000      # the ceiling never grows beyond this
max_wait_ms=60000 # a longer Retry-After means: give up now, try much later

headers_file="$(mktemp)"
body_file="$(mktemp)"
trap 'rm -f "$headers_file" "$body_file"' EXIT

# Milliseconds until the moment a Retry-After value names; prints nothing if it has none.
retry_after_ms() {
  local value="$1" target delta
  if [[ "$value" =~ ^[0-9]{1,9}$ ]]; then
    echo $(( 10#$value * 1000 ))
  elif [[ -n "$value" ]] && target="$(date -d "$value" +%s 2>/dev/null)"; then
    delta=$(( (target - $(date +%s)) * 1000 ))
    echo $(( delta > 0 ? delta : 0 ))
  fi
}

for (( attempt = 0; attempt < max_attempts; attempt++ )); do
  status="$(curl --silent --show-error --output "$body_file" --dump-header "$headers_file" \
    --write-out '%{http_code}' --header "Authorization: Bearer ${API_KEY:?Set API_KEY first.}" "$url")"
  if [[ "$status" != 429 && "$status" != 503 ]] || (( attempt + 1 == max_attempts )); then
    break
  fi
  ceiling=$(( base_ms << attempt ))
  if (( ceiling > cap_ms )); then ceiling=$cap_ms; fi
  wait_ms=$(( (RANDOM * 32768 + RANDOM) % (ceiling + 1) ))  # full jitter
  retry_after="$(tr -d '\r' < "$headers_file" | awk 'tolower($0) ~ /^retry-after:/ { sub(/^[^:]*:[ \t]*/, ""); print }' | tail -n 1)"
  hinted="$(retry_after_ms "$retry_after")"
  if (( ${hinted:-0} > wait_ms )); then wait_ms=$hinted; fi
  if (( wait_ms > max_wait_ms )); then break; fi
  seconds="$(( wait_ms / 1000 )).$(printf '%03d' $(( wait_ms % 1000 )))"
  echo "$status: retrying in $seconds s" >&2
  sleep "$seconds"
done

echo "$status $(cat "$body_file")"
[[ "$status" == 2* ]]
