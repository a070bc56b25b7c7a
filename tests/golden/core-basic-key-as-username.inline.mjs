const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic ZXhfbGl2ZV83SHEyTG05UnQ0Vnc4WmIzOg==',
  },
});
console.log(response.status);
console.log(await response.text());
