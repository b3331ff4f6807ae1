package termcap

import (
	"strings"

	"github.com/dealtui/dealtui/model"
)

// Language is the language the person at the terminal reads, from the
// locale: LC_ALL, then LC_MESSAGES, then LANG, the first one set, as POSIX
// orders them. Japanese when it names Japanese (ja, ja_JP.UTF-8…);
// anything else, or nothing, is English. The same rule serves the local
// explorer and every SSH session (from the environment the client sent).
func Language(env []string) model.Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := Getenv(env, name)
		if v == "" {
			continue
		}
		if lang, _, _ := strings.Cut(strings.ToLower(v), "_"); strings.HasPrefix(lang, "ja") && (len(lang) == 2 || lang[2] == '.' || lang[2] == '@') {
			return model.Japanese
		}
		return model.English
	}
	return model.English
}
