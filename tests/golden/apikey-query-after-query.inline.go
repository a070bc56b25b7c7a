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
	query.Set("apikey", "k*~'()!_-.+ =&")

	req, err := http.NewRequest("GET", "https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b&"+query.Encode(), nil)
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
