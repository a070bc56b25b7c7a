package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

func main() {
	req, err := http.NewRequest("PUT", "https://api.example.com/v1/notes/42", strings.NewReader("{\"note\":\"'\\\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\\\ \\\\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\\nline\\r\\n\\ttab \u2028 \u2029 \u00A0 \uFEFF \u200B \u202E é é € £ 🔑 中文\",\"script\":\"</script><!--\",\"template\":\"${x} {{y}} %s\"}"))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode)
	fmt.Println(string(body))
}
