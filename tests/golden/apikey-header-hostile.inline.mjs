const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'X-Auth-Token': "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,",
  },
});
console.log(response.status);
console.log(await response.text());
