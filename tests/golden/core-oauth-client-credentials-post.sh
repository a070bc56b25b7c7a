if [[ -z $CLIENT_SECRET ]]; then
  echo 'Set CLIENT_SECRET first.' >&2
else
  curl -sS 'https://api.example.com/oauth/token' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Accept: application/json' \
    --data-urlencode 'grant_type=client_credentials' \
    --data-urlencode 'scope=read' \
    --data-urlencode 'client_id=s6BhdRkqt3' \
    --data-urlencode "client_secret=${CLIENT_SECRET}" \
    -w '\n%{http_code}\n'
fi
