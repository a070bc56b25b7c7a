const response = await fetch('https://app.leadconduit.com/flows', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic WDoxMjM0NTY3ODkw',
  },
});
console.log(response.status);
console.log(await response.text());
