package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// valueAnnotation holds the name of the value a flag takes (DIR, N,
// text|json), for the help, the man page's synopsis and options. It is
// kept out of the usage text, which shell completion shows as it is:
// pflag's `NAME` in the usage would reach the shell with its backticks.
const valueAnnotation = "dealtui_value"

// valueFlag names the value of a flag: upper case for a placeholder
// (DIR), or the choices joined by | for a short closed list
// (text|json).
func valueFlag(fs *pflag.FlagSet, name, value string) {
	_ = fs.SetAnnotation(name, valueAnnotation, []string{value}) // TestFlagsNameTheirValues checks each is set
}

// flagValue is the name of a flag's value, or "" for a switch.
func flagValue(f *pflag.Flag) string {
	if f.Value.Type() == "bool" {
		return ""
	}
	if v := f.Annotations[valueAnnotation]; len(v) == 1 {
		return v[0]
	}
	return strings.ToUpper(f.Value.Type())
}

// flagUsage is what a flag does, with its default when it has one and the
// usage does not already say it: "(default 2)", or put inside a closing
// parenthesis, "(0: no limit; default 2)", never two in a row.
func flagUsage(f *pflag.Flag) string {
	usage := f.Usage
	def := f.DefValue
	if f.Value.Type() == "duration" {
		def = shortDuration(def)
	}
	if def == "" || def == "false" || def == "0" || def == "[]" || strings.Contains(usage, "default") {
		return usage
	}
	if strings.HasSuffix(usage, ")") {
		return strings.TrimSuffix(usage, ")") + "; default " + def + ")"
	}
	return usage + " (default " + def + ")"
}

// shortDuration drops the zero minutes and seconds a duration's String
// adds: 15m for 15m0s, 2h for 2h0m0s.
func shortDuration(s string) string {
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// describeHelpFlags gives every command's --help, and the root's
// --version, the words this program uses for them everywhere: in the help,
// the man page and shell completion (cobra's own are "help for print").
func describeHelpFlags(root *cobra.Command) {
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = "show the version, commit and build date"
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.Flags().Lookup("help").Usage = "show this help"
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
