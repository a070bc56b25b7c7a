const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['grant_type', 'refresh_token'],
    ['refresh_token', 'tGzv3JOkF0XG5Qx2TlKWIA'],
    ['scope', 'read'],
    ['client_id', 's6BhdRkqt3'],
    ['client_secret', '7Fjfp0ZBr1KtDRbnfVdmIw'],
  ]),
});
console.log(response.status);
console.log(await response.text());
