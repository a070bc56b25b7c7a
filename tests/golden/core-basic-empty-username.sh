if [[ -z $LEMLIST_API_KEY ]]; then
  echo 'Set LEMLIST_API_KEY first.' >&2
else
  basic=$(printf '%s' ":${LEMLIST_API_KEY}" | base64 | tr -d '\n')
  curl -sS 'https://api.lemlist.com/api/team' \
    -H "Authorization: Basic ${basic}" \
    -w '\n%{http_code}\n'
fi
