const response = await fetch('https://app.leadterra.co/v1/sender-pools', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer sk_live_51HqLyjWDarjtT1zdp7dc',
  },
});
console.log(response.status);
console.log(await response.text());
