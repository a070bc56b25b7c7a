const apiKey = process.env.API_KEY;
if (!apiKey) throw new Error('Set API_KEY first.');

const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Bearer ' + apiKey,
  },
});
console.log(response.status);
console.log(await response.text());
