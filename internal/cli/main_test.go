package cli

import (
	"os"
	"testing"
)

// TestMain runs the tests in no locale: the language of what dealtui
// writes follows the locale (--lang auto), and the tests' expectations are
// English unless a test asks for Japanese.
func TestMain(m *testing.M) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		_ = os.Unsetenv(v)
	}
	os.Exit(m.Run())
}
