const LEADTERRA_API_KEY = process.env.LEADTERRA_API_KEY;
if (!LEADTERRA_API_KEY) throw new Error('Set LEADTERRA_API_KEY first.');

const response = await fetch('https://app.leadterra.co/v1/sender-pools', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer ' + LEADTERRA_API_KEY,
  },
});
console.log(response.status);
console.log(await response.text());
