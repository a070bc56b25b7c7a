const response = await fetch('https://app.leadconduit.com/flows', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic QVBJOjEyMzQ1Njc4OTA=',
  },
});
console.log(response.status);
console.log(await response.text());
