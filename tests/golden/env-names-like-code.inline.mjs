const response = await fetch('https://api.example.com/v1/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Authorization': 'Bearer tok_url',
  },
  body: new URLSearchParams([
    ['a', 'from RESPONSE'],
    ['b', 'from FOR'],
    ['c', 'from ERR'],
  ]),
});
console.log(response.status);
console.log(await response.text());
