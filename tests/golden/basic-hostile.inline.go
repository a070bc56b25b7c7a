package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
)

func main() {
	req, err := http.NewRequest("GET", "https://api.example.com/v1/users/me", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Basic JyIkSE9NRSBgdG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnlgICQodG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnkpIFwgXCcgJSAmICsgISAhISAqIH4gIyA7IHwgPCA+IHsgfSBbIF0gXiA9ICwKbGluZQ0KCXRhYiDigKgg4oCpIMKgIO+7vyDigIsg4oCuIMOpIGXMgSDigqwgwqMg8J+UkSDkuK3mloc6JyIkSE9NRSBgdG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnlgICQodG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnkpIFwgXCcgJSAmICsgISAhISAqIH4gIyA7IHwgPCA+IHsgfSBbIF0gXiA9ICwKbGluZQ0KCXRhYiDigKgg4oCpIMKgIO+7vyDigIsg4oCuIMOpIGXMgSDigqwgwqMg8J+UkSDkuK3mloc=")

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
