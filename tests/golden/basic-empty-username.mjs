const lemlistApiKey = process.env.LEMLIST_API_KEY;
if (!lemlistApiKey) throw new Error('Set LEMLIST_API_KEY first.');

const userPass = '' + ':' + lemlistApiKey;
// RFC 7617: Base64 of the UTF-8 bytes; btoa(userPass) alone would encode Latin-1.
const basic = btoa(Array.from(new TextEncoder().encode(userPass), (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://api.lemlist.com/api/team', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic ' + basic,
  },
});
console.log(response.status);
console.log(await response.text());
