curl -sS 'https://api.example.com/v1/notes' \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  --url-query 'access_key=ak/+= ?' \
  --data-raw '{"note":"hi"}' \
  -w '\n%{http_code}\n'
