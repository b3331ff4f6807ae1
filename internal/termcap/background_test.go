package termcap

import "testing"

func TestDarkBackground(t *testing.T) {
	for _, tt := range []struct {
		v           string
		dark, known bool
	}{
		{"15;0", true, true},
		{"0;15", false, true},
		{"15;default;0", true, true},
		{"0;7", false, true},
		{"7;8", true, true},
		{"default;default", false, false},
		{"", false, false},
		{"15;300", false, false},
	} {
		dark, known := DarkBackground([]string{"COLORFGBG=" + tt.v})
		if dark != tt.dark || known != tt.known {
			t.Errorf("COLORFGBG=%q: dark %v known %v, want %v %v", tt.v, dark, known, tt.dark, tt.known)
		}
	}
}
