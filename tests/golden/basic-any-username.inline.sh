curl -sS 'https://app.leadconduit.com/flows' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic QVBJOjEyMzQ1Njc4OTA=' \
  -w '\n%{http_code}\n'
