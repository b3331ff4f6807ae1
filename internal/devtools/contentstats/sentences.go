package main

import (
	"regexp"
	"strings"
)

var (
	wordPattern      = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}]+)?`)
	sentenceEnd      = regexp.MustCompile(`([.!?]["”’)]*)\s+["“(*]*[\p{Lu}\p{N}]`)
	listMarker       = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
	caveatPatterns   = regexp.MustCompile(`(?i)` + strings.Join(caveatWording(), "|"))
	markdownEmphasis = strings.NewReplacer("**", "", "__", "", "`", "")
)

// caveatWording is how a sentence says that the sources are silent or
// unclear on something. Each entry is a regular expression.
func caveatWording() []string {
	return []string{
		`\b(?:does|do|did)(?: not|n't) (?:say|state|mention|name|give|explain|discuss|describe|report|list|connect|cite|quote|assess|show|draw|tell|identify|specify)\b`,
		`\b(?:says|gives|names|quotes|cites|offers|reports|shows|lists|contains) (?:nothing|no|none)\b`,
		`\bno (?:figures?|numbers?|programmes?|budgets?|examples?|statements?|timelines?|products?|evidence|case studies|names?|dates?|details?|new (?:figure|percentage|stake))\b`,
		`\bnot (?:stated|given|known|named|shown|said|reported|specified|in the (?:sources|article)|mentioned)\b`,
		`\b(?:unclear|unknown|unsaid|unnamed|anonymous)\b`,
		`\b(?:leaves?|left) (?:out|open|unsaid|unclear)\b`,
		`\bnothing (?:in|specific|concrete)\b`,
		`\bnone (?:is|are) (?:given|named|shown|stated)\b`,
		`\bneither\b[^.]*\bnor\b[^.]*\b(?:given|stated|said|named|known)\b`,
		`\basserted, not\b`,
		`\bbeyond the sources\b`,
		`\bsources (?:are silent|say nothing)\b`,
		`\bcannot be (?:traced|checked|known)\b`,
		`\bwithout (?:a single|any|naming|citing|giving)\b`,
		`\bthat is (?:all|the whole)\b`,
		`\bat that level\b`,
		`\bgeneral rather than\b|\bin general terms\b`,
		`\bnot (?:as )?(?:a |an )?(?:reported|actual) (?:development|result|fact|outcome|event)s?\b`,
		`\b(?:forecast|expectation|interpretation|permission), not\b`,
		`\b(?:garbled|muddled)\b`,
		`\bdoes not do\b`,
		`\brather than (?:\w+ ){0,3}(?:events|a report)\b`,
		`\bhard to read\b|\bnot as news\b`,
		`\bno other\b[^.]*\bis (?:named|given)\b`,
	}
}

// bodyUnits splits a Markdown body into paragraphs and list entries,
// leaving headings out.
func bodyUnits(body string) []string {
	var units []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			units = append(units, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
		case listMarker.MatchString(line):
			flush()
			cur = append(cur, listMarker.ReplaceAllString(line, ""))
		default:
			cur = append(cur, t)
		}
	}
	flush()
	return units
}

// minSentenceWords is the fewest words a sentence has: shorter pieces are
// labels ("Before.", "Who gains.") and are not counted.
const minSentenceWords = 3

// sentences splits a text into sentences; see the package comment.
func sentences(text string) []string {
	text = strings.TrimSpace(markdownEmphasis.Replace(text))
	var out []string
	keep := func(s string) {
		if s = strings.TrimSpace(s); len(wordPattern.FindAllString(s, -1)) >= minSentenceWords {
			out = append(out, s)
		}
	}
	start := 0
	for _, m := range sentenceEnd.FindAllStringSubmatchIndex(text, -1) {
		end := m[3] // end of the full stop and any closing quote
		keep(text[start:end])
		start = end
	}
	keep(text[start:])
	return out
}

// isCaveat tells whether a sentence's wording says the sources are silent
// or unclear on something.
func isCaveat(s string) bool {
	return caveatPatterns.MatchString(s)
}
