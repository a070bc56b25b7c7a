const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
    'Authorization': 'Basic QiUyNyU1QyUyNyUyNyUyNSUyNSVFMiU4MiVBQzQlMjclMjElMjElMjk1JTdGOnMzY3JldCUyMSUyMQ==',
  },
  body: new URLSearchParams([
    ['grant_type', 'client_credentials'],
  ]),
});
console.log(response.status);
console.log(await response.text());
