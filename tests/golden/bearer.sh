if [[ -z $LEADTERRA_API_KEY || $LEADTERRA_API_KEY == *[$'\r\n']* ]]; then
  echo 'Set LEADTERRA_API_KEY first, on one line.' >&2
else
  curl -sS 'https://app.leadterra.co/v1/sender-pools' \
    -H "Authorization: Bearer ${LEADTERRA_API_KEY}" \
    -w '\n%{http_code}\n'
fi
