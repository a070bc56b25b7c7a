const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['redirect_uri', 'https://client.example.com/cb?x=1&y=a b'],
    ['code_verifier', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
    ['client_id', 's6BhdRkqt3'],
    ['client_secret', "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \u2028 \u2029 \xA0 \uFEFF \u200B \u202E é é € £ 🔑 中文"],
  ]),
});
console.log(response.status);
console.log(await response.text());
