# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.
interval=1
while :; do
  sleep "$interval"
  response=$(curl -sS 'https://api.example.com/oauth/token' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Accept: application/json' \
    --data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:device_code' \
    --data-urlencode 'device_code=GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS' \
    --data-urlencode 'client_id=example-api-device' \
    -w '\n%{http_code}\n')
  case $response in
    *'"slow_down"'*) interval=$((interval + 5)) ;;
    *'"authorization_pending"'*) ;;
    *) break ;;
  esac
done
printf '%s\n' "$response"
