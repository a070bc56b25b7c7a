const response = await fetch('https://api.example.com/', {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
