package serve

import (
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// explorerArgs reads a command line that asks for the explorer rather
// than a command (ssh -t HOST ja): the words it may hold, and the
// language one of them names. ok is false for anything else: a command.
func explorerArgs(args []string) (lang model.Lang, ok bool) {
	for _, a := range args {
		l, err := model.ParseLang(a)
		if err != nil {
			return "", false
		}
		lang = l
	}
	return lang, true
}

// sessionLang is the language of a session: the one its command line
// asks for, else the client's locale (LANG and LC_*, which OpenSSH clients
// send by default), else the server's default.
func sessionLang(asked model.Lang, env []string, fallback model.Lang) model.Lang {
	if asked != "" {
		return asked
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if termcap.Getenv(env, name) != "" {
			return termcap.Language(env)
		}
	}
	return fallback
}
