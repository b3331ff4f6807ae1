package model_test

import (
	"testing"

	"github.com/dealtui/dealtui/model"
)

func TestDateLongIn(t *testing.T) {
	tests := []struct {
		in, en, ja string
	}{
		{"2026-04-27", "27 April 2026", "2026年4月27日"},
		{"2025-10", "October 2025", "2025年10月"},
		{"2030", "2030", "2030年"},
		{"0001-01-01", "1 January 1", "1年1月1日"},
	}
	for _, tt := range tests {
		d, err := model.ParseDate(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.LongIn(model.English); got != tt.en || got != d.Long() {
			t.Errorf("%s in English = %q, want %q (Long %q)", tt.in, got, tt.en, d.Long())
		}
		if got := d.LongIn(model.Japanese); got != tt.ja {
			t.Errorf("%s in Japanese = %q, want %q", tt.in, got, tt.ja)
		}
		if got := d.LongIn(""); got != tt.en {
			t.Errorf("%s with no language = %q, want English %q", tt.in, got, tt.en)
		}
	}
	if got := (model.Date{}).LongIn(model.Japanese); got != "" {
		t.Errorf("zero date in Japanese = %q", got)
	}
}
