const API_KEY = process.env.API_KEY;
if (!API_KEY) throw new Error('Set API_KEY first.');

const response = await fetch('https://api.example.com/v1/notes?' + new URLSearchParams({ 'access_key': API_KEY }), {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
  body: '{"note":"hi"}',
});
console.log(response.status);
console.log(await response.text());
