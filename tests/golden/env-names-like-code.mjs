const urlValue = process.env.URL;
if (!urlValue) throw new Error('Set URL first.');
const responseValue = process.env.RESPONSE;
if (!responseValue) throw new Error('Set RESPONSE first.');
const forValue = process.env.FOR;
if (!forValue) throw new Error('Set FOR first.');
const errValue = process.env.ERR;
if (!errValue) throw new Error('Set ERR first.');

const response = await fetch('https://api.example.com/v1/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Authorization': 'Bearer ' + urlValue,
  },
  body: new URLSearchParams([
    ['a', responseValue],
    ['b', forValue],
    ['c', errValue],
  ]),
});
console.log(response.status);
console.log(await response.text());
