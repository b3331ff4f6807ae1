package model_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

func loadPack(t *testing.T, name string) (*model.Story, error) {
	t.Helper()
	return model.Load(os.DirFS(filepath.Join("..", "testdata", "packs", name)))
}

func TestLoadValidPack(t *testing.T) {
	s, err := loadPack(t, "valid")
	if err != nil {
		t.Fatalf("valid pack: %v", err)
	}
	if s.Intro.Title != "A small test story" {
		t.Errorf("intro title = %q", s.Intro.Title)
	}
	if len(s.Timeline) != 2 || s.Timeline[0].ID != "start" || s.Timeline[1].ID != "end" {
		t.Errorf("timeline not in date order: %v", ids(s.Timeline))
	}
	if got := s.Timeline[1].Date.String(); got != "2032" {
		t.Errorf("year-only date = %q, want 2032", got)
	}
	if len(s.Terms) != 1 || !s.Terms[0].Changed || s.Terms[0].Gains != model.GainsOpenAI {
		t.Errorf("terms = %+v", s.Terms)
	}
	if c, ok := s.Cite("B01"); !ok || c.Origin != model.FromBackground || c.Source == "" {
		t.Errorf("Cite(B01) = %+v, %v", c, ok)
	}
	if _, ok := s.Entry("term-one"); !ok {
		t.Error("Entry(term-one) not found")
	}
}

func ids(evs []*model.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

// Each fixture pack under testdata/packs has one kind of mistake; Load must
// name the file, the line and what is wrong.
func TestLoadReportsProblems(t *testing.T) {
	tests := []struct {
		pack string
		want []string // each problem, as "file:line: message" (message may be a prefix)
	}{
		{"missing-field", []string{`deal/01-term.md:1: missing required field "summary"`}},
		{"duplicate-id", []string{`japan/01-company.md:2: duplicate id "a-company" (first used in impact/01-impact.md:2)`}},
		{"unknown-citation", []string{`japan/01-company.md:7: citation "P09" is not a known article block`}},
		{"dangling-related", []string{`timeline/02-end.md:9: related "no-such-item" is not the id of any item`}},
		{"bad-date", []string{`timeline/01-start.md:5: field "date": date "2019-02-30": February has no day 30`}},
		{"uncovered-block", []string{`sources/article/P01.md:1: article block P01 is not cited by any item`}},
		{"malformed-yaml", []string{`deal/01-term.md:8: front matter is not valid YAML:`}},
		{"empty-pane", []string{`japan/: no items`}},
		{"wrong-kind", []string{`impact/01-impact.md:3: kind is "term" but files in this folder are "impact"`}},
		{"unknown-field", []string{`impact/01-impact.md:9: unknown field "colour" for kind impact`}},
		{"tour-missing-item", []string{`tour.md:8: step 2: item "term-two" is not the id of any item`}},
		{"no-front-matter", []string{`impact/01-impact.md:1: no front matter`}},
		{"provenance-mismatch", []string{`impact/01-impact.md:7: provenance is background but P01 is an article block`}},
		{"glossary-undefined", []string{`japan/01-company.md:11: term "weather" is not the id of any glossary entry`}},
		{"glossary-unused", []string{`glossary/01-cloud.md:2: glossary entry "cloud" is used by no item`}},
		{"glossary-unlisted", []string{
			`glossary/01-cloud.md:2: glossary entry "cloud" is used by no item`,
			`japan/01-company.md:1: the enables field uses "clouds" (glossary entry cloud): add cloud to terms`,
		}},
		{"several-problems", []string{
			`deal/01-term.md:10: field "gains" is "everyone"; want one of microsoft, openai, both, customers, neither`,
			`japan/01-company.md:8: field "subject" is "weather"; want one of company, sector, policy, outlook`,
			`timeline/01-start.md:8: citation "B07" is not a known`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.pack, func(t *testing.T) {
			s, err := loadPack(t, tt.pack)
			if err == nil {
				t.Fatalf("loaded a bad pack: %+v", s)
			}
			var le *model.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error is %T, want *model.LoadError: %v", err, err)
			}
			if len(le.Problems) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(le.Problems), len(tt.want), err)
			}
			for i, p := range le.Problems {
				if !strings.HasPrefix(p.String(), tt.want[i]) {
					t.Errorf("problem %d:\n got  %s\n want %s…", i, p, tt.want[i])
				}
			}
		})
	}
}

func TestLoadErrorNamesRoot(t *testing.T) {
	_, err := loadPack(t, "bad-date")
	var le *model.LoadError
	if !errors.As(err, &le) {
		t.Fatal(err)
	}
	le.Root = "packs/bad-date"
	got := err.Error()
	want := "content packs/bad-date: 1 problem\n  packs/bad-date/timeline/01-start.md:5: "
	if !strings.HasPrefix(got, want) {
		t.Errorf("Error() =\n%s\nwant prefix\n%s", got, want)
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]string{"2030": "2030", "2025-10": "October 2025", "2026-04-27": "27 April 2026", "2024-02-29": "29 February 2024",
		"0001": "1", "0001-01-01": "1 January 1", "9999-12-31": "31 December 9999"}
	for in, long := range good {
		d, err := model.ParseDate(in)
		if err != nil || d.String() != in || d.Long() != long {
			t.Errorf("ParseDate(%q) = %v (%q, %q), want %q", in, err, d, d.Long(), long)
		}
	}
	for _, in := range []string{"", "26", "2026-4-27", "2026-13", "2025-02-29", "2026-04-00", "20266", "2026-04-27-01", "abcd", "-2026",
		"0000", "0000-01-01", "+201-+1-+1", "+2026", "-001", "2026-+4", "2026-04-+7", "2026- 4", "20 6", "１９９９", "2026-04-27 x", "10000", "2026--04"} {
		if _, err := model.ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted a bad date", in)
		}
	}
	a, _ := model.ParseDate("2030")
	b, _ := model.ParseDate("2030-01-01")
	if !a.Before(b) || b.Before(a) {
		t.Error("a year-only date should sort before a full date in that year")
	}
}

// A required date that does not parse is a problem at its line, never a
// date stored empty.
func TestOddDates(t *testing.T) {
	for _, date := range []string{"0000", "0000-01-01", `"+201-+1-+1"`, "-2026", "2026-02-30", "99999"} {
		pack := copyPack(t)
		data := strings.Replace(string(base(t, "story.md")), "date: 2026-04-27", "date: "+date, 1)
		pack["story.md"] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
		s, err := model.Load(pack)
		got := problemsOf(err)
		if err == nil {
			t.Errorf("date %s: loaded as %q", date, s.Intro.Date)
			continue
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], `story.md:5: field "date": date `) {
			t.Errorf("date %s: %v", date, got)
		}
	}
}

// Half-width katakana in a pack is refused at its line: terminals draw it
// at another width than it is measured (JA-STYLE.md).
func TestHalfWidthKanaRefused(t *testing.T) {
	pack := copyPack(t)
	file := pack["japan/01-company.md"]
	pack["japan/01-company.md"] = &fstest.MapFile{Data: []byte(strings.Replace(string(file.Data), "enables: More clouds.", "enables: More ｸﾗｳﾄﾞ.", 1))}
	_, err := model.Load(pack)
	if err == nil || !strings.Contains(err.Error(), `japan/01-company.md:9: half-width katakana "ｸﾗｳﾄﾞ"`) {
		t.Errorf("got %v", err)
	}
}
