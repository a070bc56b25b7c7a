import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    params={"key": "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \u2028 \u2029 \xA0 \uFEFF \u200B \u202E é é € £ 🔑 中文"},
)
print(response.status_code)
print(response.text)
