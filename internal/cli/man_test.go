package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

// manOf is the man page of the whole command tree, as dealtui man writes it.
func manOf(t *testing.T, b Build, date string) string {
	t.Helper()
	root := newRootCmd(b, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, &outcome{})
	root.InitDefaultHelpCmd()
	return manPage(root, b, date)
}

// The roff is well formed as man(7) reads it: a dated title line, no
// macro twice in a row (an empty paragraph, a doubled .PP), no blank line.
func TestManPageRoff(t *testing.T) {
	page := manOf(t, Build{}, "2026-04-27")
	if first, _, _ := strings.Cut(page, "\n"); first != `.TH DEALTUI 1 "2026-04-27" "dealtui dev" "User Commands"` {
		t.Errorf("title line %q", first)
	}
	lines := strings.Split(strings.TrimSuffix(page, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		prev, l := lines[i-1], lines[i]
		if l == "" {
			t.Errorf("line %d is blank, which man(7) reads as a blank line of output", i+1)
		}
		if strings.HasPrefix(l, ".") && l == prev {
			t.Errorf("line %d: %s twice in a row", i+1, l)
		}
		if prev == ".PP" && (l == ".SH" || strings.HasPrefix(l, ".SH ") || l == ".TP") {
			t.Errorf("line %d: an empty paragraph before %s", i, l)
		}
	}
}

// The synopsis names every value in capitals or as a list of its
// choices, and lists every command the help lists.
func TestManSynopsis(t *testing.T) {
	page := manOf(t, Build{}, "2026-04-27")
	syn := page[strings.Index(page, ".SH SYNOPSIS\n"):strings.Index(page, ".SH DESCRIPTION\n")]
	syn = strings.ReplaceAll(syn, `\-`, "-")
	flag := regexp.MustCompile(`\[--([a-z-]+)(?: ([A-Z]+\[,[A-Z]+…\]|[^\[\]]+))?\]`)
	found := flag.FindAllStringSubmatch(syn, -1)
	if len(found) < 15 {
		t.Fatalf("the synopsis has %d flags:\n%s", len(found), syn)
	}
	for _, m := range found {
		if v := m[2]; v != "" && !valueName.MatchString(v) {
			t.Errorf("--%s %s: a value neither in capitals nor a list", m[1], m[2])
		}
	}
	for _, want := range []string{"--log-format text|json", "--rate RATE", "--idle-timeout DURATION", "--theme THEME", "--no-mouse]"} {
		if !strings.Contains(syn, want) {
			t.Errorf("the synopsis lacks %q", want)
		}
	}
	for _, c := range []string{"completion SHELL", "help [COMMAND]", "items", "man", "print", "serve", "--version"} {
		if !strings.Contains(syn, `\fBdealtui\fP `+c) {
			t.Errorf("the synopsis lacks dealtui %s", c)
		}
	}
}

// Each command is described the same way: a sentence that starts with its
// name and ends with a full stop.
func TestManCommandDescriptions(t *testing.T) {
	page := manOf(t, Build{}, "2026-04-27")
	sec := page[strings.Index(page, ".SH COMMANDS\n"):strings.Index(page, ".SH OPTIONS\n")]
	items := strings.Split(sec, ".TP\n")[1:]
	if len(items) != 7 {
		t.Fatalf("%d commands described, want 7:\n%s", len(items), sec)
	}
	for _, it := range items {
		tag, desc, _ := strings.Cut(it, "\n")
		name := strings.Fields(strings.TrimPrefix(tag, `\fB`))[0]
		name = strings.TrimSuffix(name, `\fP`)
		desc = strings.TrimSpace(strings.ReplaceAll(desc, "\\&", ""))
		if first := strings.SplitN(desc, "\n", 2)[0]; !strings.HasPrefix(first, name+" ") || !strings.HasSuffix(first, ".") {
			t.Errorf("%s is described as %q: want its name first and a full stop", name, first)
		}
	}
}

// The page's date: the build's, else SOURCE_DATE_EPOCH's, else today's.
func TestManPageDate(t *testing.T) {
	now := time.Date(2026, 12, 6, 23, 30, 0, 0, time.UTC)
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return v
			}
			return ""
		}
	}
	for _, c := range []struct {
		b    Build
		env  string
		want string
	}{
		{Build{Date: "2026-04-27T09:00:00Z"}, "0", "2026-04-27"},
		{Build{}, "1777280400", "2026-04-27"},
		{Build{}, "soon", "2026-12-06"},
		{Build{}, "", "2026-12-06"},
	} {
		if got := pageDate(c.b, env(c.env), now); got != c.want {
			t.Errorf("pageDate(%q, SOURCE_DATE_EPOCH=%q) = %q, want %q", c.b.Date, c.env, got, c.want)
		}
	}
}

// The exit status section says what a pipe closed early does.
func TestManExitStatus(t *testing.T) {
	page := manOf(t, Build{}, "2026-04-27")
	for _, want := range []string{"\\fB141\\fP\n", "SIGPIPE ends dealtui at once, without a message"} {
		if !strings.Contains(page, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
}

// ENVIRONMENT names every variable dealtui reads.
func TestManEnvironment(t *testing.T) {
	page := manOf(t, Build{}, "2026-04-27")
	env := page[strings.Index(page, ".SH ENVIRONMENT\n"):strings.Index(page, ".SH EXIT STATUS\n")]
	for _, v := range []string{"NO_COLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS", "COLORFGBG", "LC_ALL, LC_MESSAGES, LANG"} {
		if !strings.Contains(env, `\fB`+v+`\fP`) {
			t.Errorf("ENVIRONMENT does not name %s", v)
		}
	}
}
