const LEMLIST_API_KEY = process.env.LEMLIST_API_KEY;
if (!LEMLIST_API_KEY) throw new Error('Set LEMLIST_API_KEY first.');

const userPass = ':' + LEMLIST_API_KEY;
// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).
const bytes = new TextEncoder().encode(userPass);
const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://api.lemlist.com/api/team', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic ' + basic,
  },
});
console.log(response.status);
console.log(await response.text());
