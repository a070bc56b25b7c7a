const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'X-API-Key': 'ak_live_4f9c2e7b1d8a',
  },
});
console.log(response.status);
console.log(await response.text());
