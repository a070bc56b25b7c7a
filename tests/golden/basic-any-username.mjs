const leadconduitApiKey = process.env.LEADCONDUIT_API_KEY;
if (!leadconduitApiKey) throw new Error('Set LEADCONDUIT_API_KEY first.');

const userPass = 'API' + ':' + leadconduitApiKey;
// RFC 7617: Base64 of the UTF-8 bytes; btoa(userPass) alone would encode Latin-1.
const basic = btoa(Array.from(new TextEncoder().encode(userPass), (byte) => String.fromCharCode(byte)).join(''));

const response = await fetch('https://app.leadconduit.com/flows', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic ' + basic,
  },
});
console.log(response.status);
console.log(await response.text());
