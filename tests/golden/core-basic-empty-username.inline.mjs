const response = await fetch('https://api.lemlist.com/api/team', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic OmxlbV82ZjFjMmQ5YThiN2U0ZjNh',
  },
});
console.log(response.status);
console.log(await response.text());
