if [[ -z $ACCESS_TOKEN || $ACCESS_TOKEN == *[$'\r\n']* ]]; then
  echo 'Set ACCESS_TOKEN first, on one line.' >&2
else
  curl -sS 'https://api.example.com/v1/users/me' \
    -H "Authorization: Bearer ${ACCESS_TOKEN}" \
    -w '\n%{http_code}\n'
fi
