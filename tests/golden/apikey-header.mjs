const API_KEY = process.env.API_KEY;
if (!API_KEY) throw new Error('Set API_KEY first.');

const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'X-API-Key': API_KEY,
  },
});
console.log(response.status);
console.log(await response.text());
