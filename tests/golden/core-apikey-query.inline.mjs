const response = await fetch('https://api.example.com/v1/users/me?' + new URLSearchParams({ 'api_key': 'ex_live_7Hq2Lm9Rt4Vw8Zb3' }), {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
