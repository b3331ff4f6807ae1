package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date that may be known only to the year or month.
type Date struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the year or month is known
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD: digits only (no sign, no
// spaces inside), a year from 0001 to 9999, a month and day that exist.
func ParseDate(s string) (Date, error) {
	bad := fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want || strings.Trim(p, "0123456789") != "" {
			return Date{}, bad
		}
		n[i], _ = strconv.Atoi(p) // digits only: cannot fail
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year < 1 {
		return Date{}, fmt.Errorf("date %q: the year must be 0001 to 9999", s)
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("date %q: month %d is not 1–12", s, d.Month)
	}
	if len(parts) == 3 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("date %q: %s has no day %d", s, time.Month(d.Month), d.Day)
		}
	}
	return d, nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives the date in the form it was written: 2030, 2025-10 or 2026-04-27.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Long gives the date for people: "27 April 2026", "October 2025", "2030".
func (d Date) Long() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
}

// LongIn gives the date for people in a language: Long in English, and
// 2026年4月27日, 2025年10月, 2030年 in Japanese (Western years; an era
// name is left to search aliases).
func (d Date) LongIn(l Lang) string {
	if l.orEnglish() != Japanese || d.IsZero() {
		return d.Long()
	}
	s := strconv.Itoa(d.Year) + "年"
	if d.Month != 0 {
		s += strconv.Itoa(d.Month) + "月"
	}
	if d.Day != 0 {
		s += strconv.Itoa(d.Day) + "日"
	}
	return s
}

// Before orders dates; a date known only to the year comes before any date
// in that year that is known more precisely.
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// Fraction places the date within its year, from 0 (1 January) to just
// under 1; a year-only date sits at the middle of the year. Used to scale
// the timeline.
func (d Date) Fraction() float64 {
	if d.Month == 0 {
		return 0.5
	}
	day := d.Day
	if day == 0 {
		day = 15
	}
	t := time.Date(d.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC)
	days := 365.0
	if time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC).YearDay() == 366 {
		days = 366
	}
	return float64(t.YearDay()-1) / days
}

// MarshalJSON writes the date as a string in the form it was written.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
