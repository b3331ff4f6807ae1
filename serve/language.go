package serve

import (
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// Words a command line may ask for beside a language: the accessible
// mode (ssh -t HOST accessible), and the guided tour (ssh -t HOST tour),
// in the explorer, the accessible mode or as text.
const (
	wordAccessible = "accessible"
	wordTour       = "tour"
)

// readerAsks is what a command line that asks for no command says about
// the session: a language, the accessible mode.
type readerAsks struct {
	lang       model.Lang // "": none named
	accessible bool
	tour       bool
}

// readerArgs reads a command line that asks for the explorer or the
// accessible mode rather than a command (ssh -t HOST ja, ssh -t HOST
// accessible ja, ssh -t HOST tour ja): words each a language,
// "accessible" or "tour", in any order.
// ok is false for anything else: a command.
func readerArgs(args []string) (asks readerAsks, ok bool) {
	for _, a := range args {
		switch a {
		case wordAccessible:
			asks.accessible = true
			continue
		case wordTour:
			asks.tour = true
			continue
		}
		l, err := model.ParseLang(a)
		if err != nil {
			return readerAsks{}, false
		}
		asks.lang = l
	}
	return asks, true
}

// envAccessible is ACCESSIBLE, set non-empty in the client's environment
// (ssh -o SetEnv=ACCESSIBLE=1 HOST), as the command line reads it.
func envAccessible(env []string) bool { return termcap.Getenv(env, "ACCESSIBLE") != "" }

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
