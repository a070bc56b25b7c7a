import requests

response = requests.put(
    "https://api.example.com/v1/notes/42",
    headers={
        "Content-Type": "application/json",
        "Accept": "application/json",
    },
    data='{"note":"\'\\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\\\ \\\\\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\\nline\\r\\n\\ttab \u2028 \u2029 \xA0 \uFEFF \u200B \u202E é é € £ 🔑 中文","script":"</script><!--","template":"${x} {{y}} %s"}'.encode("utf-8"),
)
print(response.status_code)
print(response.text)
