package ui

import (
	"fmt"

	"github.com/dealtui/dealtui/model"
)

// uiText is every word the explorer writes that is not the story's: one
// field per string, in English and in Japanese (jaText). A test fails when
// a field is empty in either language, so a missing Japanese string can
// never show English or a key at run time. The words the story's data
// needs (pane titles, statuses, who gains, dates) come from model's
// labels, which the exports share.
type uiText struct {
	// The too-small screen.
	TooSmall, TooSmallNeed, TooSmallHint string

	// The panes' boxes and the reader's views.
	Keys, SearchResults, NothingHere, NothingSelected string
	Reader, CitedSources, Source                      string
	ShortPanes                                        [5]string // the tab line's short names

	// Counts on a list's title line: "3/9 events".
	Events, Terms, Items, ChangedOf string

	// The reader.
	CitedSourcesLink, ReaderHint, StoryFact, Gains, GlossaryEntry string
	InPane, MoreLinks                                             string // " (%s)": a link's pane; "… and %d more"
	Before, After, BeforeCell, AfterCell, StatusGains             string
	Rendering, GlossarySection, SourceNotes, Related              string
	BackToItem, Open, CitedBy, SourceBack, CitedCount             string
	FromArticle, FromBackground, AlsoBackground                   string
	TheArticle, Background                                        string
	BandArticle, BandBackground                                   string

	// The search.
	SearchPlaceholder, SearchHint, NoMatches  string
	NoItemHasAll, NoResultFor, DidYouMean     string
	SourceNote, ArticleDigest, BackgroundFact string
	ResultCount, HereCount, FieldLabel        string

	// The names of the fields a search result is found in.
	Fields fieldWords

	// Messages in the footer.
	NothingToOpen, NothingBack, NothingForward, EscNothingBack string
	ChangedOnlyHere, ShowingChanged, ShowingAll                string
	NoResultToGo, NoSearchYet, NoMatchesFor                    string
	WrappedFirst, WrappedLast, ArrowsOnTimeline, ChooseLink    string
	Copied, CopiedPart, NothingToCopy                          string

	// The help.
	HelpMouse, HelpMarks, HelpClose, HelpScroll string
	HelpGroups                                  [6]string
	KeyHelp                                     keyWords

	// The footer's short help.
	FooterScroll, FooterClose, FooterLinks, FooterOpenLink, FooterBack  string
	FooterNextPane, FooterMove, FooterRead, FooterReader, FooterShowAll string

	// The guided tour.
	Tour tourWords
}

// tourWords are the words of the guided tour: its box, its messages, its
// keys in the help and the footer.
type tourWords struct {
	Heading, Step, StepSources    string // the box's title: "Guided tour · Step %d of %d", or "Step %d of %d"
	StepCitedCount                string // the step's sources in the reader: "%d cited, with the step's source notes"
	AutoHint, AutoNext            string // the box's top right: how to turn auto-advance on, the countdown
	LastStep                      string // the last step's box: how to explore freely
	NoTour, FirstStep, Finished   string // messages in the footer
	Left, AutoOn, AutoOff, AtLast string
	HelpGroup                     string
	KeyTour, KeyNext, KeyPrev     string // the keys, in the help
	KeySources, KeyAuto, KeyLeave string
	FooterNext, FooterPrev        string // the keys, in the footer
	FooterSources, FooterAuto     string
	FooterLeave                   string
}

// fieldWords name the fields of model.Fields and the digest's, which a
// search result is found in.
type fieldWords struct {
	Title, Summary, Date, WhatChanged, WhyItMatters, Before, After string
	Enables, Caveat, InThisDeal, Body, ID, Section, Source         string
}

// fieldLabel is a search result's field named before its snippet.
func (t *uiText) fieldLabel(name string) string { return fmt.Sprintf(t.FieldLabel, t.fieldWord(name)) }

// fieldWord is the name of a search result's field, for people.
func (t *uiText) fieldWord(name string) string {
	f := t.Fields
	words := map[string]string{
		"title": f.Title, "summary": f.Summary, "date": f.Date, "what changed": f.WhatChanged,
		"why it matters": f.WhyItMatters, "before": f.Before, "after": f.After, "enables": f.Enables,
		"caveat": f.Caveat, "in this deal": f.InThisDeal, "body": f.Body, "id": f.ID, "section": f.Section, "source": f.Source,
	}
	if w, ok := words[name]; ok {
		return w
	}
	return name
}

// keyWords are the key map's descriptions, in the order of KeyMap's
// fields.
type keyWords struct {
	NextPane, PrevPane, Timeline, Deal, Japan, Impact, Glossary, Overview string
	Up, Down, Left, Right, Open, Back, HistBack, HistFwd                  string
	PageUp, PageDown, HalfPageUp, HalfPageDown, Top, Bottom               string
	Search, NextMatch, PrevMatch, Sources, ChangedOnly, Copy              string
	Help, Quit, ForceQuit, Suspend                                        string
	SearchAccept, SearchCancel, SearchUp, SearchDown, SearchSuggest       string
}

// textFor is the explorer's words in a language.
func textFor(lang model.Lang) *uiText {
	if lang == model.Japanese {
		return jaText()
	}
	return enText()
}

func enText() *uiText {
	return &uiText{
		TooSmall: "Terminal too small", TooSmallNeed: "need %d×%d, have %d×%d", TooSmallHint: "enlarge the window, or press q to quit",

		Keys: "Keys", SearchResults: "Search results", NothingHere: "Nothing here.", NothingSelected: "Nothing selected.",
		Reader: "Reader", CitedSources: "Cited sources", Source: "Source",
		ShortPanes: [5]string{"Timeline", "Deal", "Japan", "Impact", "Glossary"},

		Events: "events", Terms: "terms", Items: "items", ChangedOf: "%d changed of %d",

		InPane: " (%s)", MoreLinks: "… and %d more",
		CitedSourcesLink: "s: cited sources", ReaderHint: "←/→ links · enter opens · [ back", StoryFact: "the story",
		Gains: "gains: ", GlossaryEntry: "Glossary entry",
		Before: "Before  ", After: "After   ", BeforeCell: "before ", AfterCell: "after  ", StatusGains: "%s · gains\u00a0%s", // no break between gains and who
		Rendering: "Rendering…", GlossarySection: "Glossary", SourceNotes: "Source notes", Related: "Related",
		BackToItem: "s or esc: back to the item", Open: "Open", CitedBy: "Cited by", SourceBack: "esc or [: back",
		CitedCount:  "%d cited, with the item's source notes",
		FromArticle: "● From the article: ", FromBackground: "○ Background, not in the article: ", AlsoBackground: "  ○ background: ",
		TheArticle: "● the article", Background: "○ background",
		BandArticle: "● from the article", BandBackground: "○ background",

		SearchPlaceholder: `words to find, or "a phrase"`,
		SearchHint:        `Type words to find them anywhere in the story, its notes and sources; "quotes" for a phrase.`,
		NoMatches:         "no matches", NoItemHasAll: "No item has all of %s.", NoResultFor: "No result for %s.", DidYouMean: "Did you mean %s? tab searches for it.",
		SourceNote: "source note", ArticleDigest: "article digest", BackgroundFact: "background fact",
		ResultCount: "%s %d of %d", HereCount: "%s here", FieldLabel: "%s: ",
		Fields: fieldWords{
			Title: "title", Summary: "summary", Date: "date", WhatChanged: "what changed", WhyItMatters: "why it matters",
			Before: "before", After: "after", Enables: "enables", Caveat: "caveat", InThisDeal: "in this deal",
			Body: "text", ID: "id", Section: "section", Source: "source",
		},

		NothingToOpen: "nothing to open here", NothingBack: "nothing to go back to", NothingForward: "nothing to go forward to",
		EscNothingBack:  "esc: nothing to go back to",
		ChangedOnlyHere: "c works in Deal changes (press 2)", ShowingChanged: "showing changed terms only · c shows all", ShowingAll: "showing all terms",
		NoResultToGo: "no result to go to", NoSearchYet: "n: no search yet · / to search", NoMatchesFor: "no matches for %s",
		WrappedFirst: "search wrapped around to the first result", WrappedLast: "search wrapped around to the last result",
		ArrowsOnTimeline: "←/→ move between events on the timeline; here use ↑/↓", ChooseLink: "←/→ choose a link first, then enter",
		Copied:        "copied “%s” as Markdown (%s) · nothing? use dealtui print",
		CopiedPart:    "copied the first %s of “%s” as Markdown · for all of it: dealtui print",
		NothingToCopy: "y copies the item in the reader: open one first",

		HelpMouse: "Mouse: click a tab, a row, a timeline marker or a link to go there; the wheel scrolls what is under the pointer. Start with --no-mouse to select text with the mouse.",
		HelpMarks: "Marks: ● a claim from the article, ○ background from public statements (not in the article). P01… are the article's blocks, B01… background facts, N01… source notes that correct or clarify the article; select one in the reader and press enter to read it.",
		HelpClose: "esc or ? close", HelpScroll: "↑/↓ scroll · esc close",
		HelpGroups: [6]string{"Panes", "Move", "Scroll", "Find and show", "In search", "Program"},
		KeyHelp: keyWords{
			NextPane: "list, reader, next pane", PrevPane: "previous pane", Timeline: "timeline", Deal: "deal changes",
			Japan: "Japan", Impact: "wider impact", Glossary: "glossary", Overview: "story overview",
			Up: "up", Down: "down", Left: "earlier event · previous link", Right: "later event · next link",
			Open: "open", Back: "close the reader, then back", HistBack: "back to where you were", HistFwd: "forward again",
			PageUp: "page up", PageDown: "page down", HalfPageUp: "half page up", HalfPageDown: "half page down",
			Top: "top", Bottom: "bottom",
			Search: "search", NextMatch: "next match", PrevMatch: "previous match", Sources: "cited sources",
			ChangedOnly: "changed terms only", Copy: "copy the item (Markdown)",
			Help: "help", Quit: "quit", ForceQuit: "quit, from anywhere", Suspend: "suspend (fg to return)",
			SearchAccept: "go to result", SearchCancel: "cancel", SearchUp: "previous result (or earlier query)", SearchDown: "next result",
			SearchSuggest: "search for the suggestion",
		},

		FooterScroll: "scroll", FooterClose: "close", FooterLinks: "links", FooterOpenLink: "open link", FooterBack: "back",
		FooterNextPane: "next pane", FooterMove: "move", FooterRead: "read", FooterReader: "reader", FooterShowAll: "show all terms",

		Tour: tourWords{
			Heading: "Guided tour · Step %d of %d", Step: "Step %d of %d", StepSources: "Step %d of %d: its sources",
			StepCitedCount: "%d cited, with the step's source notes",
			AutoHint:       "a: auto-advance", AutoNext: "next in %ds · a stops",
			LastStep: "Explore freely: tab moves between panes, / searches, ? lists every key, q quits. space or esc ends the tour.",
			NoTour:   "this story has no guided tour", FirstStep: "this is the first step",
			Finished: "tour finished · t starts it again", Left: "left the tour at step %d · t resumes it",
			AutoOn: "auto-advance on: a step every %ds", AutoOff: "auto-advance off",
			AtLast:    "this is the last step: nothing to advance to",
			HelpGroup: "Tour",
			KeyTour:   "guided tour: start or resume", KeyNext: "next step", KeyPrev: "previous step",
			KeySources: "the step's sources", KeyAuto: "auto-advance on or off", KeyLeave: "leave the tour (t resumes)",
			FooterNext: "next", FooterPrev: "previous", FooterSources: "sources", FooterAuto: "auto", FooterLeave: "leave",
		},
	}
}

func jaText() *uiText {
	return &uiText{
		TooSmall: "端末が小さすぎます", TooSmallNeed: "必要 %d×%d、現在 %d×%d", TooSmallHint: "ウィンドウを広げるか、qで終了してください",

		Keys: "キー", SearchResults: "検索結果", NothingHere: "項目がありません。", NothingSelected: "何も選択されていません。",
		Reader: "本文", CitedSources: "引用元", Source: "出典",
		ShortPanes: [5]string{"時系列", "合意", "日本", "影響", "用語集"},

		Events: "件", Terms: "件", Items: "件", ChangedOf: "変更%d件（全%d件）",

		InPane: "（%s）", MoreLinks: "…ほか%d件",
		CitedSourcesLink: "s：引用元", ReaderHint: "←/→ リンク・enter 開く・[ 戻る", StoryFact: "本件",
		Gains: "恩恵：", GlossaryEntry: "用語集の項目",
		Before: "変更前　", After: "変更後　", BeforeCell: "変更前 ", AfterCell: "変更後 ", StatusGains: "%s・恩恵\u00a0%s",
		Rendering: "表示を準備しています…", GlossarySection: "用語集", SourceNotes: "出典注記", Related: "関連項目",
		BackToItem: "s か esc：項目に戻る", Open: "開く", CitedBy: "引用している項目", SourceBack: "esc か [：戻る",
		CitedCount:  "引用%d件と、この項目の出典注記",
		FromArticle: "● 記事より：", FromBackground: "○ 背景情報（記事にはない）：", AlsoBackground: "  ○ 背景情報：",
		TheArticle: "● 記事", Background: "○ 背景情報",
		BandArticle: "● 記事より", BandBackground: "○ 背景情報",

		SearchPlaceholder: "探す語、または「語句」",
		SearchHint:        "語を入力すると、記事の全体・注記・出典から探します。「」で囲むと語句として探します。",
		NoMatches:         "該当なし", NoItemHasAll: "%s をすべて含む項目はありません。", NoResultFor: "%s は見つかりませんでした。", DidYouMean: "もしかして：%s（tab でこの語を検索）",
		SourceNote: "出典注記", ArticleDigest: "記事の要約", BackgroundFact: "背景情報",
		ResultCount: "%s %d/%d 件", HereCount: "この項目 %s", FieldLabel: "%s：",
		Fields: fieldWords{
			Title: "見出し", Summary: "要約", Date: "日付", WhatChanged: "何が変わったか", WhyItMatters: "なぜ重要か",
			Before: "変更前", After: "変更後", Enables: "可能になること", Caveat: "留意点", InThisDeal: "本件では",
			Body: "本文", ID: "番号", Section: "節", Source: "出典",
		},

		NothingToOpen: "ここには開けるものがありません", NothingBack: "戻る先がありません", NothingForward: "進む先がありません",
		EscNothingBack:  "esc：戻る先がありません",
		ChangedOnlyHere: "c は「合意内容の変化」で使えます（2 を押す）", ShowingChanged: "変更された条件のみ表示中・c ですべて表示", ShowingAll: "すべての条件を表示中",
		NoResultToGo: "移動できる結果がありません", NoSearchYet: "n：まだ検索していません・/ で検索", NoMatchesFor: "%s は見つかりませんでした",
		WrappedFirst: "最初の結果に戻りました", WrappedLast: "最後の結果に戻りました",
		ArrowsOnTimeline: "←/→ はタイムラインの移動です。ここでは ↑/↓ を使います", ChooseLink: "←/→ でリンクを選んでから enter",
		Copied:        "「%s」をMarkdownでコピーしました（%s）・貼り付けられなければ dealtui print",
		CopiedPart:    "「%[2]s」の先頭%[1]sをMarkdownでコピーしました・全体は dealtui print で",
		NothingToCopy: "y は本文の項目をコピーします：先に項目を開いてください",

		HelpMouse: "マウス：タブ、行、タイムラインの印、リンクをクリックするとそこへ移動します。ホイールはポインタの下をスクロールします。マウスで文字を選択したいときは --no-mouse を付けて起動します。",
		HelpMarks: "印：● 記事にある記述、○ 公表資料による背景情報（記事にはない）。P01… は記事の段落、B01… は背景情報、N01… は記事を正したり補ったりする出典注記です。本文で選んで enter を押すと読めます。",
		HelpClose: "esc か ? で閉じる", HelpScroll: "↑/↓ スクロール・esc で閉じる",
		HelpGroups: [6]string{"タブ", "移動", "スクロール", "検索と表示", "検索中", "プログラム"},
		KeyHelp: keyWords{
			NextPane: "一覧・本文・次のタブ", PrevPane: "前のタブ", Timeline: "タイムライン", Deal: "合意内容の変化",
			Japan: "日本への影響", Impact: "広い影響", Glossary: "用語集", Overview: "概要",
			Up: "上へ", Down: "下へ", Left: "前の出来事・前のリンク", Right: "次の出来事・次のリンク",
			Open: "開く", Back: "本文を閉じる・戻る", HistBack: "元の場所へ戻る", HistFwd: "進む",
			PageUp: "前のページ", PageDown: "次のページ", HalfPageUp: "半ページ上へ", HalfPageDown: "半ページ下へ",
			Top: "先頭へ", Bottom: "末尾へ",
			Search: "検索", NextMatch: "次の一致", PrevMatch: "前の一致", Sources: "引用元",
			ChangedOnly: "変更された条件のみ", Copy: "項目をコピー（Markdown）",
			Help: "ヘルプ", Quit: "終了", ForceQuit: "どこからでも終了", Suspend: "一時停止（fg で再開）",
			SearchAccept: "結果へ移動", SearchCancel: "取り消し", SearchUp: "前の結果（または前の検索語）", SearchDown: "次の結果",
			SearchSuggest: "候補で検索",
		},

		FooterScroll: "スクロール", FooterClose: "閉じる", FooterLinks: "リンク", FooterOpenLink: "リンクを開く", FooterBack: "戻る",
		FooterNextPane: "次のタブ", FooterMove: "移動", FooterRead: "読む", FooterReader: "本文へ", FooterShowAll: "すべて表示",

		Tour: tourWords{
			Heading: "ガイドツアー・ステップ%d/%d", Step: "ステップ%d/%d", StepSources: "ステップ%d/%dの出典",
			StepCitedCount: "引用%d件と、このステップの出典注記",
			AutoHint:       "a：自動で進む", AutoNext: "%d秒後に次へ・a で止める",
			LastStep: "自由に見て回るには、tab でタブを移動、/ で検索、? ですべてのキー、q で終了。space か esc でツアーを終えます。",
			NoTour:   "このストーリーにはガイドツアーがありません", FirstStep: "最初のステップです",
			Finished: "ツアーを終えました・t でもう一度始めます", Left: "ステップ%dでツアーを離れました・t で再開します",
			AutoOn: "自動で進む：%d秒ごとに次へ", AutoOff: "自動で進むのを止めました",
			AtLast:    "最後のステップです。この先はありません",
			HelpGroup: "ツアー",
			KeyTour:   "ガイドツアー（開始・再開）", KeyNext: "次のステップ", KeyPrev: "前のステップ",
			KeySources: "このステップの出典", KeyAuto: "自動で進む（オン・オフ）", KeyLeave: "ツアーを離れる（t で再開）",
			FooterNext: "次へ", FooterPrev: "前へ", FooterSources: "出典", FooterAuto: "自動", FooterLeave: "離れる",
		},
	}
}
