const response = await fetch('https://api.example.com/v1/users/me?' + new URLSearchParams({ 'key': "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \u2028 \u2029 \xA0 \uFEFF \u200B \u202E é é € £ 🔑 中文" }), {
  method: 'GET',
});
console.log(response.status);
console.log(await response.text());
