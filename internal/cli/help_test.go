package cli

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpOf is the help of a command line ending in --help.
func helpOf(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, append(args, "--help")...)
	if code != exitOK || errOut != "" {
		t.Fatalf("%q --help: exit %d, stderr %q", args, code, errOut)
	}
	return out
}

// commandLines are the command lines whose help these tests read.
func commandLines() [][]string {
	return [][]string{{}, {"print"}, {"items"}, {"serve"}, {"man"}, {"completion"}, {"help"}}
}

// --help wraps at COLUMNS when it is not written to a terminal (at least
// 40, at most 120), as print does.
func TestHelpFollowsColumns(t *testing.T) {
	for _, c := range []struct {
		columns string
		width   int
	}{{"50", 50}, {"200", 120}, {"", 80}} {
		t.Setenv("COLUMNS", c.columns)
		for _, args := range commandLines() {
			out := helpOf(t, args...)
			widest := 0
			for _, l := range strings.Split(out, "\n") {
				widest = max(widest, ansi.StringWidth(l))
			}
			if widest > c.width || widest < c.width-12 {
				t.Errorf("COLUMNS=%q: %q --help is %d columns wide, want up to %d and filling it", c.columns, args, widest, c.width)
			}
		}
	}
}

// The help says what each flag's value is, the same way everywhere, and
// never two parentheses in a row: "(0: no limit; default 2)".
func TestHelpFlagText(t *testing.T) {
	doubled := regexp.MustCompile(`\)\s+\(`)
	for _, args := range commandLines() {
		out := helpOf(t, args...)
		if m := doubled.FindString(out); m != "" {
			t.Errorf("%q --help has two parentheses in a row: %q", args, m)
		}
		if strings.Contains(out, "`") || strings.Contains(out, "help for ") {
			t.Errorf("%q --help has a backtick or cobra's own words:\n%s", args, out)
		}
	}
	serve := helpOf(t, "serve")
	for _, want := range []string{
		"--rate RATE", "(0: no limit; default 2)", "--log-format text|json", "(default 15m)",
		"(default: ssh_host_ed25519_key in $STATE_DIRECTORY, else in $XDG_STATE_HOME/dealtui, else in ~/.local/state/dealtui)",
	} {
		if !strings.Contains(strings.Join(strings.Fields(serve), " "), want) {
			t.Errorf("serve --help lacks %q:\n%s", want, serve)
		}
	}
	print := strings.Join(strings.Fields(helpOf(t, "print")), " ")
	if !strings.Contains(print, "wrap the text format at N columns") || !strings.Contains(print, "markdown and json are not wrapped") {
		t.Errorf("print --help does not say which format --width wraps:\n%s", print)
	}
}

// valueName is how a flag may name its value: in capitals (DIR, N, a
// list CIDR[,CIDR…], or the parts of a value in their order,
// SOFT:RATE:HARD) or as its choices (text|json).
var valueName = regexp.MustCompile(`^([A-Z][A-Z0-9_]*((:[A-Z][A-Z0-9_]*)+|\[,[A-Z]+…\])?|[a-z]+(\|[a-z]+)+)$`)

// Every flag with a value names it (valueName): in the help, the synopsis
// and shell completion.
func TestFlagsNameTheirValues(t *testing.T) {
	root := newRootCmd(Build{}, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, &outcome{})
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Value.Type() == "bool" {
				return
			}
			if len(f.Annotations[valueAnnotation]) != 1 {
				t.Errorf("%s --%s does not name its value", c.CommandPath(), f.Name)
			}
			if v := flagValue(f); !valueName.MatchString(v) {
				t.Errorf("%s --%s: the value %q is neither a capital placeholder nor a list", c.CommandPath(), f.Name, v)
			}
			if strings.Contains(f.Usage, "`") {
				t.Errorf("%s --%s: a backtick in %q reaches shell completion", c.CommandPath(), f.Name, f.Usage)
			}
		})
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(root)
}

func TestFlagUsage(t *testing.T) {
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.Float64("rate", 2, "sessions a second (0: no limit)")
	fs.Int("n", 8, "sessions at most")
	fs.Duration("idle", 15*60e9, "idle time")
	fs.Duration("max", 2*3600e9, "longest")
	fs.Duration("drain", 10e9, "drain")
	fs.String("metrics", "", "on ADDR (default off)")
	fs.String("theme", "auto", "colours (the default is auto)")
	fs.Bool("quiet", false, "say less")
	for name, want := range map[string]string{
		"rate": "sessions a second (0: no limit; default 2)", "n": "sessions at most (default 8)",
		"idle": "idle time (default 15m)", "max": "longest (default 2h)", "drain": "drain (default 10s)",
		"metrics": "on ADDR (default off)", "theme": "colours (the default is auto)", "quiet": "say less",
	} {
		if got := flagUsage(fs.Lookup(name)); got != want {
			t.Errorf("flagUsage(%s) = %q, want %q", name, got, want)
		}
	}
}

// help is a command like any other: listed in the help, answered for each
// command as --help is, and a usage error for a command that is not one.
func TestHelpCommand(t *testing.T) {
	root := helpOf(t)
	for _, name := range []string{"help [COMMAND]", "items", "print", "serve", "man", "completion SHELL"} {
		if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(name) + `\s`).MatchString(root) {
			t.Errorf("--help does not list %q:\n%s", name, root)
		}
	}
	for _, args := range commandLines() {
		code, out, errOut := runCLI(t, append([]string{"help"}, args...)...)
		if want := helpOf(t, args...); code != exitOK || errOut != "" || out != want {
			t.Errorf("help %q: exit %d, stderr %q, the same as --help: %v", args, code, errOut, out == want)
		}
	}
	for _, c := range []badCase{
		{"help for a typo", []string{"help", "prnt"}, []string{`help: unknown command "prnt"; did you mean "print"?`}},
		{"help for nothing known", []string{"help", "zzz"}, []string{`help: unknown command "zzz"; the commands are completion, help, items, man, print, serve`}},
		{"help with an extra word", []string{"help", "print", "extra"}, []string{`unexpected argument "extra" for "dealtui print"`}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}
}

// Shell completion offers what the help lists, with descriptions as the
// help words them: no backticks, no cobra defaults.
func TestCompletionMatchesHelp(t *testing.T) {
	complete := func(args ...string) string {
		t.Helper()
		var out, errOut bytes.Buffer
		code := Run(context.Background(), Build{}, append([]string{"__complete"}, args...), strings.NewReader(""), &out, &errOut)
		if code != exitOK {
			t.Fatalf("__complete %q: exit %d, %s", args, code, errOut.String())
		}
		return out.String()
	}
	commands := complete("")
	for _, name := range []string{"help\t", "items\t", "print\t", "serve\t", "man\t", "completion\t"} {
		if !strings.Contains(commands, name) {
			t.Errorf("completion does not offer %q:\n%s", name, commands)
		}
	}
	for _, args := range [][]string{{"--"}, {"print", "--"}, {"items", "--"}, {"serve", "--"}} {
		out := complete(args...)
		if strings.Contains(out, "`") || strings.Contains(out, "help for ") {
			t.Errorf("__complete %q: a backtick or cobra's words:\n%s", args, out)
		}
	}
	if out := complete("--t"); !strings.Contains(out, "--theme\tcolours: THEME is auto (ask the terminal), dark or light\n") {
		t.Errorf("--theme completes as:\n%s", out)
	}
}
