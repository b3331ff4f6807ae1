package cli

import (
	"fmt"
	"strconv"

	"github.com/dealtui/dealtui/model"
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
	n, err := model.ParseWidth(s)
	if err != nil {
		return err
	}
	*w.n = n
	return nil
}

func (w widthFlag) Type() string { return "int" }

// widthRange is what --width takes, and its default, for the flags' help.
func widthRange() string {
	return fmt.Sprintf("%d to %d (default: the terminal's width, else COLUMNS, else %d)", model.MinWidth, model.MaxWidth, model.DefaultWidth)
}
