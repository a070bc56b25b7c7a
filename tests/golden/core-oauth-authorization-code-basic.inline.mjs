const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
    'Authorization': 'Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3',
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['redirect_uri', 'https://client.example.com/cb'],
    ['code_verifier', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
  ]),
});
console.log(response.status);
console.log(await response.text());
