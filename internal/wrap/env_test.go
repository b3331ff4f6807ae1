package wrap_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
)

// ambiguous is text full of East Asian Ambiguous characters (box drawing,
// bullets, arrows, the ellipsis) among Japanese and English.
const ambiguous = "● 合意内容の変化 → 2032年まで… ○ OpenAI ─ Azure │ 独占は終わった。 ※ 注記 §2 ± 32.5% × 3 ・ α β γ"

// wrapped is what the wrapper makes of ambiguous at a range of widths.
func wrapped() string {
	var b strings.Builder
	for width := 1; width <= 40; width++ {
		b.WriteString(strings.Join(wrap.Lines(ambiguous, width), "\n") + "\n--\n")
	}
	return b.String()
}

// A process started with RUNEWIDTH_EASTASIAN=1 and a Japanese locale wraps
// the same as this one: ansi (read at start) counts ambiguous characters
// as two cells there, the wrapper still as one (JA-STYLE.md, "Width").
func TestSameWrapWhateverTheLocale(t *testing.T) {
	if os.Getenv("WRAP_ENV_CHILD") == "1" {
		if ansi.StringWidth("─") != 2 {
			os.Stdout.WriteString("ansi does not see RUNEWIDTH_EASTASIAN\n")
			os.Exit(3)
		}
		os.Stdout.WriteString(wrapped())
		os.Exit(0)
	}
	if ansi.StringWidth("─") != 1 {
		t.Skip("this process was started with RUNEWIDTH_EASTASIAN set")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSameWrapWhateverTheLocale$")
	cmd.Env = append(os.Environ(), "WRAP_ENV_CHILD=1", "RUNEWIDTH_EASTASIAN=1",
		"LANG=ja_JP.UTF-8", "LC_ALL=ja_JP.UTF-8", "LC_CTYPE=ja_JP.UTF-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the child: %v\n%s", err, out)
	}
	if string(out) != wrapped() {
		t.Errorf("the wrap changes with RUNEWIDTH_EASTASIAN and the locale:\n%s\nhere:\n%s", out, wrapped())
	}
}
