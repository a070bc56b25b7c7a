const LEADCONDUIT_API_KEY = process.env.LEADCONDUIT_API_KEY;
if (!LEADCONDUIT_API_KEY) throw new Error('Set LEADCONDUIT_API_KEY first.');

const userPass = 'API:' + LEADCONDUIT_API_KEY;
// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).
const bytes = new TextEncoder().encode(userPass);
const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://app.leadconduit.com/flows', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic ' + basic,
  },
});
console.log(response.status);
console.log(await response.text());
