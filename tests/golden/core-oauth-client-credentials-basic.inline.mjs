const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
    'Authorization': 'Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3',
  },
  body: new URLSearchParams([
    ['grant_type', 'client_credentials'],
    ['scope', 'read write'],
  ]),
});
console.log(response.status);
console.log(await response.text());
