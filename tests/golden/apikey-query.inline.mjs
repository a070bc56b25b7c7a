const response = await fetch('https://api.example.com/v1/users/me?' + new URLSearchParams({ 'api_key': 'ak_4f9c2e7b1d8a' }), {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
