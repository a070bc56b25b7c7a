const API_KEY = process.env.API_KEY;
if (!API_KEY) throw new Error('Set API_KEY first.');

const response = await fetch('https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b&' + new URLSearchParams({ 'apikey': API_KEY }), {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
