if [[ -z $AUTHORIZATION_CODE || -z $CODE_VERIFIER || -z $CLIENT_SECRET ]]; then
  echo 'Set AUTHORIZATION_CODE, CODE_VERIFIER and CLIENT_SECRET first.' >&2
else
  curl -sS 'https://api.example.com/oauth/token' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Accept: application/json' \
    --data-urlencode 'grant_type=authorization_code' \
    --data-urlencode "code=${AUTHORIZATION_CODE}" \
    --data-urlencode 'redirect_uri=https://client.example.com/cb' \
    --data-urlencode "code_verifier=${CODE_VERIFIER}" \
    --data-urlencode 'client_id=s6BhdRkqt3' \
    --data-urlencode "client_secret=${CLIENT_SECRET}" \
    -w '\n%{http_code}\n'
fi
