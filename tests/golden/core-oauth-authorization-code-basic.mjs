const CLIENT_SECRET = process.env.CLIENT_SECRET;
if (!CLIENT_SECRET) throw new Error('Set CLIENT_SECRET first.');
const AUTHORIZATION_CODE = process.env.AUTHORIZATION_CODE;
if (!AUTHORIZATION_CODE) throw new Error('Set AUTHORIZATION_CODE first.');
const CODE_VERIFIER = process.env.CODE_VERIFIER;
if (!CODE_VERIFIER) throw new Error('Set CODE_VERIFIER first.');

// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).
const formEncode = (value) =>
  encodeURIComponent(value)
    .replace(/[-_.!~*'()]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())
    .replaceAll('%20', '+');
const userPass = 's6BhdRkqt3:' + formEncode(CLIENT_SECRET);
// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).
const bytes = new TextEncoder().encode(userPass);
const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://api.example.com/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/json',
    'Authorization': 'Basic ' + basic,
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', AUTHORIZATION_CODE],
    ['redirect_uri', 'https://client.example.com/cb'],
    ['code_verifier', CODE_VERIFIER],
  ]),
});
console.log(response.status);
console.log(await response.text());
