const response = await fetch('https://api.example.com/v1/items/a%2Fb?q=a%2Fb&list=1,2;3&sym=!$()*@:~&name=Zo%C3%AB&quote=%27', {
  method: 'DELETE',
  headers: {
    'X-Empty': '',
    'x-lower-case': 'kept as written',
    'constructor': 'an ordinary name',
    'X-Quote': "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,",
    'User-Agent': 'auth-playground/1.0',
    'accept-encoding': 'identity',
  },
});
console.log(response.status);
console.log(await response.text());
