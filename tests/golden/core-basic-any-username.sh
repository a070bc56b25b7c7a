if [[ -z $LEADCONDUIT_API_KEY ]]; then
  echo 'Set LEADCONDUIT_API_KEY first.' >&2
else
  basic=$(printf '%s' "X:${LEADCONDUIT_API_KEY}" | base64 | tr -d '\n')
  curl -sS 'https://app.leadconduit.com/flows' \
    -H 'Accept: application/json' \
    -H "Authorization: Basic ${basic}" \
    -w '\n%{http_code}\n'
fi
