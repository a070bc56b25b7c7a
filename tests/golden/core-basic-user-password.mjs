const API_KEY = process.env.API_KEY;
if (!API_KEY) throw new Error('Set API_KEY first.');

const userPass = 'Jürgen:' + API_KEY;
// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).
const bytes = new TextEncoder().encode(userPass);
const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic ' + basic,
  },
});
console.log(response.status);
console.log(await response.text());
