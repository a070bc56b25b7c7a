if [[ -z $API_KEY ]]; then
  echo 'Set API_KEY first.' >&2
else
  basic=$(printf '%s' "Jürgen:${API_KEY}" | base64 | tr -d '\n')
  curl -sS 'https://api.example.com/v1/users/me' \
    -H "Authorization: Basic ${basic}" \
    -w '\n%{http_code}\n'
fi
