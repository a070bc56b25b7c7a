if [[ -z $API_KEY ]]; then
  echo 'Set API_KEY first.' >&2
else
  curl -sS 'https://api.example.com/v1/users/me' \
    --url-query "key=${API_KEY}" \
    -w '\n%{http_code}\n'
fi
