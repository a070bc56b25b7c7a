const response = await fetch('https://api.example.com/v1/notes?' + new URLSearchParams({ 'access_key': 'ak/+= ?' }), {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
  body: '{"note":"hi"}',
});
console.log(response.status);
console.log(await response.text());
