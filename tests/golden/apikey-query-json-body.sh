if [[ -z $API_KEY ]]; then
  echo 'Set API_KEY first.' >&2
else
  curl -sS 'https://api.example.com/v1/notes' \
    -H 'Content-Type: application/json' \
    -H 'Accept: application/json' \
    --url-query "access_key=${API_KEY}" \
    --data-raw '{"note":"hi"}' \
    -w '\n%{http_code}\n'
fi
