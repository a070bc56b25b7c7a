const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'X-API-Key': 'ex_live_7Hq2Lm9Rt4Vw8Zb3',
  },
});
console.log(response.status);
console.log(await response.text());
