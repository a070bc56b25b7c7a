curl -sS 'https://app.leadconduit.com/flows' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic WDoxMjM0NTY3ODkw' \
  -w '\n%{http_code}\n'
