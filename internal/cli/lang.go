package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// langFlag is --lang: ja, en or auto (the locale decides).
type langFlag struct{ lang *string }

func langNames() []string { return []string{"auto", "en", "ja"} }

func (f langFlag) String() string { return *f.lang }
func (f langFlag) Type() string   { return "lang" }

func (f langFlag) Set(s string) error {
	if s != "auto" {
		if _, err := model.ParseLang(s); err != nil {
			return fmt.Errorf("want %s", strings.Join(langNames(), ", "))
		}
	}
	*f.lang = s
	return nil
}

// addLangFlag gives a command tree --lang.
func addLangFlag(root *cobra.Command, lang *string) {
	*lang = "auto"
	root.PersistentFlags().Var(langFlag{lang}, "lang", "the story's and the explorer's language: LANG is ja, en or auto (LC_ALL, LC_MESSAGES, LANG)")
	valueFlag(root.PersistentFlags(), "lang", "LANG")
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(langNames(), cobra.ShellCompDirectiveNoFileComp))
}

// language is the language asked for: --lang, or with auto the locale's.
func language(flag string) model.Lang {
	if l, err := model.ParseLang(flag); err == nil {
		return l
	}
	return termcap.Language(os.Environ())
}

// checkPackLang refuses a pack in another language than --lang asked for
// explicitly: --content loads one pack, in its own language.
func checkPackLang(cmd *cobra.Command, flag string, s *model.Story, dir string) error {
	if cmd == nil || !cmd.Flags().Changed("lang") || flag == "auto" {
		return nil
	}
	if want := language(flag); s.Lang != want {
		return usagef("--lang %s: the pack in %q is in %s (leave --lang out, or use --lang %s)", flag, dir, s.Lang, s.Lang)
	}
	return nil
}
