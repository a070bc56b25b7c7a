const REFRESH_TOKEN = process.env.REFRESH_TOKEN;
if (!REFRESH_TOKEN) throw new Error('Set REFRESH_TOKEN first.');
const CLIENT_SECRET = process.env.CLIENT_SECRET;
if (!CLIENT_SECRET) throw new Error('Set CLIENT_SECRET first.');

const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['grant_type', 'refresh_token'],
    ['refresh_token', REFRESH_TOKEN],
    ['scope', 'read'],
    ['client_id', 's6BhdRkqt3'],
    ['client_secret', CLIENT_SECRET],
  ]),
});
console.log(response.status);
console.log(await response.text());
