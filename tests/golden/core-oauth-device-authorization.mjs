const response = await fetch('https://api.example.com/oauth/device_authorization', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['client_id', 'example-api-device'],
    ['scope', 'read'],
  ]),
});
console.log(response.status);
console.log(await response.text());
