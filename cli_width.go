package main

import (
	"fmt"
	"strconv"
)

// Limits of --width.
const (
	minTextWidth = 20
	maxTextWidth = 1000
)

// widthFlag is --width: a whole number of columns within the limits, read
// with a plain message when it is not.
type widthFlag struct{ n *int }

func (w widthFlag) String() string {
	if w.n == nil || *w.n == 0 {
		return ""
	}
	return strconv.Itoa(*w.n)
}

func (w widthFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < minTextWidth || n > maxTextWidth {
		return fmt.Errorf("want a whole number of columns from %d to %d", minTextWidth, maxTextWidth)
	}
	*w.n = n
	return nil
}

func (w widthFlag) Type() string { return "int" }
