const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic aXQncyEhCjppdCdzISEgXCchIQ==',
  },
});
console.log(response.status);
console.log(await response.text());
