const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic a2F1XzUxZjBlMjo=',
  },
});
console.log(response.status);
console.log(await response.text());
