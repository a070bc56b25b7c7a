const ACCESS_TOKEN = process.env.ACCESS_TOKEN;
if (!ACCESS_TOKEN) throw new Error('Set ACCESS_TOKEN first.');

const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer ' + ACCESS_TOKEN,
  },
});
console.log(response.status);
console.log(await response.text());
