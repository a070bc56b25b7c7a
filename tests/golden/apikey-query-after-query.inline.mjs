const response = await fetch('https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b&' + new URLSearchParams({ 'apikey': "k*~'()!_-.+ =&" }), {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
