const leadterraApiKey = process.env.LEADTERRA_API_KEY;
if (!leadterraApiKey) throw new Error('Set LEADTERRA_API_KEY first.');

const response = await fetch('https://app.leadterra.co/v1/sender-pools', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer ' + leadterraApiKey,
  },
});
console.log(response.status);
console.log(await response.text());
