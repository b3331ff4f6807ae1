package model

import "runtime"

// parseAll reads and parses files on up to GOMAXPROCS goroutines and hands
// each result to use, in the order of files, on the calling goroutine. At
// most a few results per worker wait to be used, so memory stays that of
// a few files whatever the size of the pack.
func parseAll(read readFunc, files []contentFile, use func(contentFile, parsedFile)) {
	workers := min(runtime.GOMAXPROCS(0), len(files))
	if workers <= 1 {
		for _, f := range files {
			use(f, parseFile(read, f))
		}
		return
	}
	window := 8 * workers
	// File i goes through slot i%window: the feeder hands i out only once
	// file i-window has been used, so the slot is free.
	slots := make([]chan parsedFile, window)
	for i := range slots {
		slots[i] = make(chan parsedFile, 1)
	}
	tokens := make(chan struct{}, window)
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range files {
			tokens <- struct{}{}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				slots[i%window] <- parseFile(read, files[i])
			}
		}()
	}
	for i, f := range files {
		use(f, <-slots[i%window])
		<-tokens
	}
}
