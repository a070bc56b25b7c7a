curl -sS 'https://api.lemlist.com/api/team' \
  -H 'Authorization: Basic OmxlbV82ZjFjMmQ5YThiN2U0ZjNh' \
  -w '\n%{http_code}\n'
