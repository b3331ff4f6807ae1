package htmlpage

import (
	"fmt"
	"strings"

	"github.com/dealtui/dealtui/model"
)

// Labels are every word of the page that is not the story's own: section
// headings, table heads, the provenance marks, the words of the story's
// closed vocabularies. The page takes all of them from here, in one
// language; English and Japanese are below (Japanese per
// shared/JA-STYLE.md).
type Labels struct {
	SkipLink   string
	Contents   string
	BackToTop  string
	StoryDate  string
	Overview   string
	ThisStory  string
	Timeline   string
	ScaleNote  string // the figure's caption, before the years it spans
	EventsList string
	Deal       string
	DealTable  string // the deal table's caption
	Japan      string
	Impact     string
	Glossary   string

	SourceNotes    string
	EditorialNotes string
	EditorialIntro string
	OurNotes       string
	OurNotesIntro  string

	Digest          string
	DigestArticle   string
	DigestArticleIn string
	DigestFacts     string
	DigestFactsIn   string

	FromArticle    string // the mark of an item that rests on the article
	FromBackground string // the mark of an item that rests on background only
	AlsoBackground string // before the background facts an article item adds

	Terms     string
	Related   string
	NotesLine string
	CitedBy   string

	Term, Before, After, WhoGains, Status string
	WhatChanged, WhyItMatters             string
	Subject, Enables, Caveats             string
	InThisDeal                            string
	About, RestsOn, NothingMore           string
	Section, Role, Source                 string

	Footer string

	// Punctuation that differs between the languages.
	Comma, Semicolon, Colon, OpenParen, CloseParen, Arrow string

	Gains    map[model.Gains]string
	Statuses map[model.TermStatus]string
	Subjects map[model.Subject]string
	Roles    map[model.Role]string
	Groups   map[model.Group]string

	// vocab is the story's own words in the language (model.Labels): the
	// page names fields, statuses and dates as the explorer and the other
	// exports do.
	vocab *model.Labels
}

// Date gives a date for people in the labels' language.
func (l *Labels) Date(d model.Date) string { return l.vocab.LongDate(d) }

// LabelsFor gives the labels of a language, a BCP 47 tag: Japanese for
// "ja" (or "ja-JP"), English for "en" (or "en-GB") or "".
func LabelsFor(lang string) (*Labels, error) {
	primary, _, _ := strings.Cut(lang, "-")
	switch strings.ToLower(primary) {
	case "", "en":
		return withVocabulary(english(), model.LabelsFor(model.English)), nil
	case "ja":
		return withVocabulary(japanese(), model.LabelsFor(model.Japanese)), nil
	}
	return nil, fmt.Errorf("no page labels for language %q: want en or ja", lang)
}

// Languages lists the languages the page has labels for.
func Languages() []string { return []string{"en", "ja"} }

func english() *Labels {
	return &Labels{
		SkipLink: "Skip to the story", Contents: "Contents", BackToTop: "Back to contents",
		StoryDate: "Date", Overview: "Overview", ThisStory: "this story",
		Timeline: "Timeline", ScaleNote: "The timeline drawn to scale", EventsList: "The events, in date order",
		Deal: "Deal changes", DealTable: "Each term of the deal before and after the change, who gains and whether it changed",
		Japan: "Implications for Japan", Impact: "Wider impact", Glossary: "Glossary",
		SourceNotes:    "Source notes",
		EditorialNotes: "Editorial notes", EditorialIntro: "Corrections of the article, from the editorial notes kept beside it.",
		OurNotes: "Our reading", OurNotesIntro: "Where our own reading of the article finds it overclaims, contradicts itself or slips.",
		Digest: "Source digest", DigestArticle: "The article", DigestArticleIn: "Our account of each block of the article, not its text.",
		DigestFacts: "Background facts", DigestFactsIn: "Not in the article: public statements, named with their source and date.",
		FromArticle: "From the article", FromBackground: "Background, not in the article", AlsoBackground: "background",
		Terms: "Terms", Related: "Related", NotesLine: "Source notes", CitedBy: "Cited by",
		About: "About", RestsOn: "Rests on", NothingMore: "nothing beyond the article",
		Footer: "Written by dealtui print --format html. Dates are as announced; amounts are in US dollars as reported.",
		Comma:  ", ", Semicolon: "; ", Colon: ": ", OpenParen: " (", CloseParen: ")", Arrow: " → ",
	}
}

func japanese() *Labels {
	return &Labels{
		SkipLink: "本文へ移動", Contents: "目次", BackToTop: "目次に戻る",
		StoryDate: "日付", Overview: "概要", ThisStory: "本件",
		Timeline: "タイムライン", ScaleNote: "時間の長さに比例して描いたタイムライン", EventsList: "出来事（日付順）",
		Deal: "合意内容の変化", DealTable: "合意の各項目の変更前と変更後、恩恵を受ける側、変更の有無",
		Japan: "日本への影響", Impact: "広い影響", Glossary: "用語集",
		SourceNotes:    "出典注記",
		EditorialNotes: "編集注記", EditorialIntro: "記事に添えられた編集注記に基づく、記事の訂正。",
		OurNotes: "本稿の指摘", OurNotesIntro: "記事の言い過ぎ、自己矛盾、誤りについての本稿独自の読み。",
		Digest: "出典ダイジェスト", DigestArticle: "記事", DigestArticleIn: "記事の各ブロックを本稿の言葉でまとめたもの。記事の原文ではない。",
		DigestFacts: "背景情報", DigestFactsIn: "記事にはない事実。公開の発表を、出典と日付とともに示す。",
		FromArticle: "記事より", FromBackground: "背景情報（記事にはない）", AlsoBackground: "背景情報",
		Terms: "用語", Related: "関連項目", NotesLine: "出典注記", CitedBy: "引用している項目",
		About: "対象ブロック", RestsOn: "根拠", NothingMore: "記事のみ",
		Footer: "dealtui print --format html で作成。日付は発表時のもの。金額は報道どおり米ドルで示す。",
		Comma:  "、", Semicolon: "、", Colon: "：", OpenParen: "（", CloseParen: "）", Arrow: " → ",
	}
}

// withVocabulary gives the page the story's words (model.Labels): the
// names of fields, who gains, statuses, subjects, roles and groups, and
// dates, so that a term reads the same on the page as in the explorer.
func withVocabulary(l *Labels, m *model.Labels) *Labels {
	l.vocab = m
	l.Term, l.Before, l.After, l.WhoGains, l.Status = m.HeadTerm, m.Before, m.After, m.WhoGains, m.Status
	l.WhatChanged, l.WhyItMatters = m.WhatChanged, m.WhyItMatters
	l.Subject, l.Enables, l.Caveats, l.InThisDeal = m.Subject, m.Enables, m.Caveats, m.InThisDeal
	l.Section, l.Role, l.Source = m.Section, m.Role, m.Source
	l.Gains = map[model.Gains]string{}
	for _, g := range []model.Gains{model.GainsMicrosoft, model.GainsOpenAI, model.GainsBoth, model.GainsCustomers, model.GainsNeither} {
		l.Gains[g] = m.GainsWord(g)
	}
	l.Statuses = map[model.TermStatus]string{}
	for _, st := range []model.TermStatus{model.StatusChanged, model.StatusUnchanged, model.StatusNotStated} {
		l.Statuses[st] = m.StatusWord(st)
	}
	l.Subjects = map[model.Subject]string{}
	for _, sub := range []model.Subject{model.SubjectCompany, model.SubjectSector, model.SubjectPolicy, model.SubjectOutlook} {
		l.Subjects[sub] = m.SubjectWord(sub)
	}
	l.Roles = map[model.Role]string{}
	for _, r := range []model.Role{model.RoleBody, model.RoleHeading, model.RolePublisher} {
		l.Roles[r] = m.RoleWord(r)
	}
	l.Groups = map[model.Group]string{}
	for _, g := range []model.Group{model.GroupBusiness, model.GroupOutlook, model.GroupQuestions} {
		l.Groups[g] = m.GroupTitle(g)
	}
	return l
}
