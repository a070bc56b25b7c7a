package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log"
)

func main() {
	// RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.
	random := func() string {
		bytes := make([]byte, 32)
		if _, err := rand.Read(bytes); err != nil {
			log.Fatal(err)
		}
		return base64.RawURLEncoding.EncodeToString(bytes)
	}
	codeVerifier := random()
	state := random()
	// RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.
	sum := sha256.Sum256([]byte(codeVerifier))
	challenge := base64.RawURLEncoding.EncodeToString(sum[:])
	fmt.Println("https://api.example.com/oauth/authorize?response_type=code&client_id=example-api-spa&redirect_uri=http%3A%2F%2F127.0.0.1%3A8976%2Fcallback&scope=read+write&state=" + state + "&code_challenge=" + challenge + "&code_challenge_method=S256")
	fmt.Println("CODE_VERIFIER=" + codeVerifier)
	fmt.Println("STATE=" + state)
}
