if [[ -z $API_KEY ]]; then
  echo 'Set API_KEY first.' >&2
else
  curl -sS 'https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b' \
    --url-query "apikey=${API_KEY}" \
    -w '\n%{http_code}\n'
fi
