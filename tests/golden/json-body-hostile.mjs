const response = await fetch('https://api.example.com/v1/notes/42', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
  body: '{"note":"\'\\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\\\ \\\\\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\\nline\\r\\n\\ttab \u2028 \u2029 \xA0 \uFEFF \u200B \u202E é é € £ 🔑 中文","script":"</script><!--","template":"${x} {{y}} %s"}',
});
console.log(response.status);
console.log(await response.text());
