if [[ -z $URL || $URL == *[$'\r\n']* || -z $RESPONSE || -z $FOR || -z $ERR ]]; then
  echo 'Set URL, RESPONSE, FOR and ERR first, on one line.' >&2
else
  curl -sS -X PATCH 'https://api.example.com/v1/settings' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "Authorization: Bearer ${URL}" \
    --data-urlencode "a=${RESPONSE}" \
    --data-urlencode "b=${FOR}" \
    --data-urlencode "c=${ERR}" \
    -w '\n%{http_code}\n'
fi
