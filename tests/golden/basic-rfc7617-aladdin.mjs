const API_PASSWORD = process.env.API_PASSWORD;
if (!API_PASSWORD) throw new Error('Set API_PASSWORD first.');

const userPass = 'Aladdin:' + API_PASSWORD;
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
