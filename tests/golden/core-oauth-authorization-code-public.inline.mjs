const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['redirect_uri', 'https://client.example.com/cb'],
    ['code_verifier', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
    ['client_id', 'example-api-spa'],
  ]),
});
console.log(response.status);
console.log(await response.text());
