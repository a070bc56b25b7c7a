const AUTHORIZATION_CODE = process.env.AUTHORIZATION_CODE;
if (!AUTHORIZATION_CODE) throw new Error('Set AUTHORIZATION_CODE first.');
const CODE_VERIFIER = process.env.CODE_VERIFIER;
if (!CODE_VERIFIER) throw new Error('Set CODE_VERIFIER first.');

const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', AUTHORIZATION_CODE],
    ['redirect_uri', 'https://client.example.com/cb'],
    ['code_verifier', CODE_VERIFIER],
    ['client_id', 'example-api-spa'],
  ]),
});
console.log(response.status);
console.log(await response.text());
