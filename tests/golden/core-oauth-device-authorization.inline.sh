curl -sS 'https://api.example.com/oauth/device_authorization' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  --data-urlencode 'client_id=example-api-device' \
  --data-urlencode 'scope=read' \
  -w '\n%{http_code}\n'
