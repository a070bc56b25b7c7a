// Compiled beside a copy of backoff.go in which the test has replaced `time.Sleep(` with
// `recordSleep(`: records the wait in $SLEEP_LOG (seconds, one per line) and returns at once.
package main

import (
	"fmt"
	"os"
	"time"
)

func recordSleep(wait time.Duration) {
	log, err := os.OpenFile(os.Getenv("SLEEP_LOG"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		panic(err)
	}
	defer log.Close()
	fmt.Fprintf(log, "%g\n", wait.Seconds())
}
