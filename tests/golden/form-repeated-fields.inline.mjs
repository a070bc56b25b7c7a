const response = await fetch('https://api.example.com/v1/search', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['tag', 'a'],
    ['tag', 'b&c=d'],
    ['name with space', "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,"],
  ]),
});
console.log(response.status);
console.log(await response.text());
