const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic SsO8cmdlbiDDmGRlZ8OlcmQ6cMOkc3N3w7ZyZOKCrPCflJE=',
  },
});
console.log(response.status);
console.log(await response.text());
