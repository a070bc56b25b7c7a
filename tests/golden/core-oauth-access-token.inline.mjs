const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer 2YotnFZFEjr1zCsicMWpAA',
  },
});
console.log(response.status);
console.log(await response.text());
