package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
)

func main() {
	query := url.Values{}
	query.Set("key", "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \u2028 \u2029 \u00A0 \uFEFF \u200B \u202E é é € £ 🔑 中文")

	req, err := http.NewRequest("GET", "https://api.example.com/v1/users/me?"+query.Encode(), nil)
	if err != nil {
		log.Fatal(err)
	}

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
