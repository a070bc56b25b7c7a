if [[ -z $API_KEY || $API_KEY == *[$'\r\n']* ]]; then
  echo 'Set API_KEY first, on one line.' >&2
else
  curl -sS 'https://api.example.com/v1/users/me' \
    -H 'Accept: application/json' \
    -H "X-Auth-Token: ${API_KEY}" \
    -w '\n%{http_code}\n'
fi
