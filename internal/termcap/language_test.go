package termcap

import (
	"testing"

	"github.com/dealtui/dealtui/model"
)

func TestLanguage(t *testing.T) {
	for _, tt := range []struct {
		env  []string
		want model.Lang
	}{
		{nil, model.English},
		{[]string{"LANG=ja_JP.UTF-8"}, model.Japanese},
		{[]string{"LANG=ja_JP.eucJP"}, model.Japanese},
		{[]string{"LANG=ja"}, model.Japanese},
		{[]string{"LANG=ja.UTF-8"}, model.Japanese},
		{[]string{"LANG=en_US.UTF-8"}, model.English},
		{[]string{"LANG=C.UTF-8"}, model.English},
		{[]string{"LANG=jam_JM"}, model.English}, // Jamaican, not Japanese
		{[]string{"LANG=ja_JP.UTF-8", "LC_MESSAGES=en_GB.UTF-8"}, model.English},
		{[]string{"LANG=en_GB.UTF-8", "LC_MESSAGES=ja_JP.UTF-8"}, model.Japanese},
		{[]string{"LC_MESSAGES=ja_JP.UTF-8", "LC_ALL=C"}, model.English},
		{[]string{"LC_ALL=", "LANG=ja_JP.UTF-8"}, model.Japanese},
	} {
		if got := Language(tt.env); got != tt.want {
			t.Errorf("%v: %v, want %v", tt.env, got, tt.want)
		}
	}
}
