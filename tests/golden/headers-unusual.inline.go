package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
)

func main() {
	req, err := http.NewRequest("DELETE", "https://api.example.com/v1/items/a%2Fb?q=a%2Fb&list=1,2;3&sym=!$()*@:~&name=Zo%C3%AB&quote=%27", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("X-Empty", "")
	// Set through the map to keep the case: Header.Set would send X-Lower-Case.
	req.Header["x-lower-case"] = []string{"kept as written"}
	// Set through the map to keep the case: Header.Set would send Constructor.
	req.Header["constructor"] = []string{"an ordinary name"}
	req.Header.Set("X-Quote", "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,")
	req.Header.Set("User-Agent", "auth-playground/1.0")
	req.Header.Set("accept-encoding", "identity")

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
