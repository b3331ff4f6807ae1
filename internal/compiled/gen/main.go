package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/compiled/gen LANG OUT")
		os.Exit(2)
	}
	if err := compile(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "compile the built-in story:", err)
		os.Exit(1)
	}
}

func compile(lang, out string) error {
	pack := content.Pack(lang)
	if pack == nil {
		return fmt.Errorf("no content pack in %q", lang)
	}
	s, err := model.Load(pack)
	if err != nil {
		var le *model.LoadError
		if errors.As(err, &le) {
			le.Root = "content/" + lang
		}
		return err
	}
	if string(s.Lang) != lang {
		return fmt.Errorf("content/%s/story.md says lang %q", lang, s.Lang)
	}
	data, err := model.Encode(s)
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
