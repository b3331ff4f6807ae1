package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/muesli/roff"
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

// manLanguage is the man page's section on the two editions.
func manLanguage(doc *roff.Document) {
	doc.Section("Language")
	paragraphs(doc, `dealtui has two editions, English and Japanese, both built in: the story, the explorer, the exports and the HTML page. --lang ja or --lang en chooses; --lang auto, the default, takes the first of LC_ALL, LC_MESSAGES and LANG that is set: Japanese when it names Japanese (ja, ja_JP.UTF-8), English otherwise. The command line's help and error messages are in English.

In Japanese, lines break between characters under the kinsoku rules and never inside a Latin word or a number, dates read 2026年4月27日, and search folds width, katakana and hiragana and finds across scripts. --content DIR loads one pack in the language its story.md names; asking for another with --lang is an error.

Over SSH (dealtui serve), each session reads in its client's language (the LANG and LC_* an OpenSSH client sends), and ssh -t HOST ja, or en, asks for an edition.`)
}
