package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/compiled/gen OUT")
		os.Exit(2)
	}
	if err := compile(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "compile the built-in story:", err)
		os.Exit(1)
	}
}

func compile(out string) error {
	s, err := model.Load(content.FS())
	if err != nil {
		var le *model.LoadError
		if errors.As(err, &le) {
			le.Root = "content/en"
		}
		return err
	}
	data, err := model.Encode(s)
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
