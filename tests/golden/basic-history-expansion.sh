if [[ -z $API_PASSWORD ]]; then
  echo 'Set API_PASSWORD first.' >&2
else
  basic=$(printf '%s' $'it\x27s\x21\x21\n:'"${API_PASSWORD}" | base64 | tr -d '\n')
  curl -sS 'https://api.example.com/v1/users/me' \
    -H "Authorization: Basic ${basic}" \
    -w '\n%{http_code}\n'
fi
