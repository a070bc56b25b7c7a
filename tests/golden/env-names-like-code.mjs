const URL = process.env.URL;
if (!URL) throw new Error('Set URL first.');
const RESPONSE = process.env.RESPONSE;
if (!RESPONSE) throw new Error('Set RESPONSE first.');
const FOR = process.env.FOR;
if (!FOR) throw new Error('Set FOR first.');
const ERR = process.env.ERR;
if (!ERR) throw new Error('Set ERR first.');

const response = await fetch('https://api.example.com/v1/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Authorization': 'Bearer ' + URL,
  },
  body: new URLSearchParams([
    ['a', RESPONSE],
    ['b', FOR],
    ['c', ERR],
  ]),
});
console.log(response.status);
console.log(await response.text());
