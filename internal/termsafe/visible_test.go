package termsafe

import "testing"

// Messages show controls escaped, so a person can find and fix them.
func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain\nlines\tand tabs", "plain\nlines\tand tabs"},
		{"富士通", "富士通"},
		{"a\x1b]0;x\x07b", `a\x1b]0;x\x07b`},
		{"a\u202eb", `a\u202eb`},
		{"a\u009bb", `a\x9bb`},
		{"a\xffb", `a\xffb`},
		{"a\U000E0041b", `a\U000e0041b`},
		{"a\x00b\x7f", `a\x00b\x7f`},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
