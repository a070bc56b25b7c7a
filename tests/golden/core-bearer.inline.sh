curl -sS 'https://app.leadterra.co/v1/sender-pools' \
  -H 'Authorization: Bearer sk_live_51HqLyjWDarjtT1zdp7dc' \
  -w '\n%{http_code}\n'
