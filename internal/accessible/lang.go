package accessible

import (
	"fmt"

	"github.com/dealtui/dealtui/model"
)

// msg names one string of the mode, in every language.
type msg int

const (
	msgWelcome msg = iota
	msgWelcomeHelp
	msgMenuHead
	msgMenuPane
	msgMenuTour
	msgListHead
	msgListMarks
	msgListBackground
	msgItemHead
	msgWhereItem
	msgSeeAlso
	msgLink
	msgSourcesHead
	msgFromArticle
	msgBackgroundHead
	msgNotesHead
	msgNoSources
	msgSearchHead
	msgSearchHeadOne
	msgNothingFound
	msgHitNote
	msgHitBlock
	msgHitFact
	msgSourceHead
	msgDated
	msgSourceLine
	msgTourTitle
	msgTourStep
	msgLookFor
	msgStepSources
	msgStepArticle
	msgStepBackground
	msgStepNotes
	msgTourEnd
	msgNoTour
	msgTourFirst
	msgTourLast
	msgTourLeft
	msgPromptMenu
	msgPromptList
	msgPromptItem
	msgPromptSources
	msgPromptResults
	msgPromptSource
	msgPromptTour
	msgPromptMore
	msgPromptSearch
	msgBadInput
	msgAcceptRange
	msgAcceptOnly
	msgNoSuchNumber
	msgNoNumbers
	msgNoNext
	msgNoPrev
	msgNoNextHere
	msgNoBack
	msgBackTo
	msgNoSourcesHere
	msgOpenOnlyInTour
	msgTooLong
	msgGoodbye
	msgHelpHead
	msgHelpNumber
	msgHelpNext
	msgHelpBack
	msgHelpRead
	msgHelpSources
	msgHelpSearch
	msgHelpTour
	msgHelpOpen
	msgHelpMenu
	msgHelpHelp
	msgHelpQuit
	msgGroupOverview
	msgListSep
	msgIDSep
	msgPartSep
	msgCount
)

// english is every string in English. Arguments are numbered (%[1]s) so
// that a language can put them in its own order.
func english() [msgCount]string {
	return [msgCount]string{
		msgWelcome:        "dealtui, accessible mode. %[1]s, %[2]s.",
		msgWelcomeHelp:    "Type h for help and q to quit.",
		msgMenuHead:       "Menu: the story in %[1]d panes. Type a number to open one.",
		msgMenuPane:       "%[1]s, %[2]d items",
		msgMenuTour:       "Type t for the guided tour, %[1]d steps.",
		msgListHead:       "%[1]s: %[2]d items. Type a number to open one.",
		msgListMarks:      "Items rest on the article unless marked background.",
		msgListBackground: "%[1]s (background)",
		msgItemHead:       "%[1]s, item %[2]d of %[3]d.",
		msgWhereItem:      "%[1]s, item %[2]d of %[3]d: %[4]s",
		msgSeeAlso:        "See also (type its number):",
		msgLink:           "%[1]s (%[2]s)",
		msgSourcesHead:    "Sources of “%[1]s”:",
		msgFromArticle:    "From the article, in our words, not its text:",
		msgBackgroundHead: "Background, not in the article:",
		msgNotesHead:      "Source notes:",
		msgNoSources:      "It cites no sources.",
		msgSearchHead:     "%[2]d results for “%[1]s”. Type a number to open one.",
		msgSearchHeadOne:  "1 result for “%[1]s”. Type its number to open it.",
		msgNothingFound:   "Nothing found for “%[1]s”.",
		msgHitNote:        "source note",
		msgHitBlock:       "article block",
		msgHitFact:        "background fact",
		msgSourceHead:     "Source %[1]s: %[2]s (%[3]s)",
		msgDated:          "%[1]s: %[2]s",
		msgSourceLine:     "%[1]s, %[2]s: %[3]s",
		msgTourTitle:      "Guided tour",
		msgTourStep:       "Step %[1]d of %[2]d. %[3]s: %[4]s",
		msgLookFor:        "Look for: “%[1]s”",
		msgStepSources:    "Sources: %[1]s.",
		msgStepArticle:    "from the article %[1]s",
		msgStepBackground: "background %[1]s",
		msgStepNotes:      "source notes %[1]s",
		msgTourEnd:        "That is the last step. Type m for the menu of panes, / to search, or h for help.",
		msgNoTour:         "This story has no guided tour.",
		msgTourFirst:      "This is the first step.",
		msgTourLast:       "This is the last step; b leaves the tour.",
		msgTourLeft:       "You left the tour at step %[1]d; t resumes it.",
		msgPromptMenu:     "Menu. Command (h for help): ",
		msgPromptList:     "%[1]s, list of %[2]d items. Command (h for help): ",
		msgPromptItem:     "%[1]s, item %[2]d of %[3]d. Command (h for help): ",
		msgPromptSources:  "Sources of “%[1]s”. Command (h for help): ",
		msgPromptResults:  "Search results for “%[1]s”, %[2]d found. Command (h for help): ",
		msgPromptSource:   "Source %[1]s. Command (h for help): ",
		msgPromptTour:     "Tour, step %[1]d of %[2]d. Enter for the next step, or a command (h for help): ",
		msgPromptMore:     "More: enter to go on, q to stop, or a command: ",
		msgPromptSearch:   "Search for (words, or \"a phrase\"): ",
		msgBadInput:       "“%[1]s” is not a command here. Type %[2]s.",
		msgAcceptRange:    "a number from %[1]d to %[2]d, or one of %[3]s",
		msgAcceptOnly:     "one of %[1]s",
		msgNoSuchNumber:   "There is no number %[1]d here: type a number from %[2]d to %[3]d.",
		msgNoNumbers:      "Nothing here is numbered to open.",
		msgNoNext:         "This is the last item of %[1]s.",
		msgNoPrev:         "This is the first item of %[1]s.",
		msgNoNextHere:     "n and p move between the items of a pane: open a pane first.",
		msgNoBack:         "You are at the menu, the start; q quits.",
		msgBackTo:         "Back to %[1]s. Type r to read it again.",
		msgNoSourcesHere:  "s shows the sources of an item or a tour step: open one first.",
		msgOpenOnlyInTour: "o opens the item of a tour step: type t for the tour.",
		msgTooLong:        "That line is too long: at most %[1]d characters.",
		msgGoodbye:        "Goodbye.",
		msgHelpHead:       "Commands:",
		msgHelpNumber:     "a number: open what the last list numbers (a pane, an item, a link or a result)",
		msgHelpNext:       "n, p: the next or previous item of the pane; in the tour, the next or previous step",
		msgHelpBack:       "b: back to where you were",
		msgHelpRead:       "r: read again where you are",
		msgHelpSources:    "s: the sources the item or tour step cites",
		msgHelpSearch:     "/words: search the whole story (/ alone asks for the words)",
		msgHelpTour:       "t: the guided tour, one step at a time (enter for the next step)",
		msgHelpOpen:       "o: in the tour, open the step's item",
		msgHelpMenu:       "m: the menu of panes",
		msgHelpHelp:       "h: this help",
		msgHelpQuit:       "q: quit",
		msgGroupOverview:  "Overview",
		msgListSep:        ", ",
		msgIDSep:          ", ",
		msgPartSep:        "; ",
	}
}

// japanese is every string in Japanese (JA-STYLE.md: polite where the
// program speaks to the reader, short noun phrases for labels).
func japanese() [msgCount]string {
	return [msgCount]string{
		msgWelcome:        "dealtuiのアクセシブルモード。%[1]s（%[2]s）",
		msgWelcomeHelp:    "hでヘルプ、qで終了します。",
		msgMenuHead:       "メニュー：%[1]dつの欄があります。番号を入力すると開きます。",
		msgMenuPane:       "%[1]s（%[2]d項目）",
		msgMenuTour:       "tでガイドツアー（%[1]dステップ）を始めます。",
		msgListHead:       "%[1]s：%[2]d項目。番号を入力すると開きます。",
		msgListMarks:      "「背景情報」と記した項目を除き、記事に基づく項目です。",
		msgListBackground: "%[1]s（背景情報）",
		msgItemHead:       "%[1]s、%[3]d項目中%[2]d番目。",
		msgWhereItem:      "%[1]s、%[3]d項目中%[2]d番目：%[4]s",
		msgSeeAlso:        "関連項目（番号で開きます）：",
		msgLink:           "%[1]s（%[2]s）",
		msgSourcesHead:    "「%[1]s」の出典：",
		msgFromArticle:    "記事より（本稿の言葉による要約で、原文ではありません）：",
		msgBackgroundHead: "背景情報（記事にはない事実）：",
		msgNotesHead:      "出典注記：",
		msgNoSources:      "引用された出典はありません。",
		msgSearchHead:     "「%[1]s」の検索結果：%[2]d件。番号を入力すると開きます。",
		msgSearchHeadOne:  "「%[1]s」の検索結果：1件。番号を入力すると開きます。",
		msgNothingFound:   "「%[1]s」は見つかりませんでした。",
		msgHitNote:        "出典注記",
		msgHitBlock:       "記事のブロック",
		msgHitFact:        "背景情報",
		msgSourceHead:     "出典%[1]s：%[2]s（%[3]s）",
		msgDated:          "%[1]s：%[2]s",
		msgSourceLine:     "%[1]s、%[2]s：%[3]s",
		msgTourTitle:      "ガイドツアー",
		msgTourStep:       "ステップ%[1]d/%[2]d。%[3]s：%[4]s",
		msgLookFor:        "注目する語句：「%[1]s」",
		msgStepSources:    "出典：%[1]s。",
		msgStepArticle:    "記事より%[1]s",
		msgStepBackground: "背景情報%[1]s",
		msgStepNotes:      "出典注記%[1]s",
		msgTourEnd:        "ツアーはここまでです。mで欄のメニュー、/で検索、hでヘルプを表示します。",
		msgNoTour:         "このストーリーにはガイドツアーがありません。",
		msgTourFirst:      "最初のステップです。",
		msgTourLast:       "最後のステップです。bでツアーを終えます。",
		msgTourLeft:       "ステップ%[1]dでツアーを離れました。tで再開します。",
		msgPromptMenu:     "メニュー。コマンド（hでヘルプ）：",
		msgPromptList:     "%[1]s、%[2]d項目の一覧。コマンド（hでヘルプ）：",
		msgPromptItem:     "%[1]s、%[3]d項目中%[2]d番目。コマンド（hでヘルプ）：",
		msgPromptSources:  "「%[1]s」の出典。コマンド（hでヘルプ）：",
		msgPromptResults:  "「%[1]s」の検索結果（%[2]d件）。コマンド（hでヘルプ）：",
		msgPromptSource:   "出典%[1]s。コマンド（hでヘルプ）：",
		msgPromptTour:     "ツアー、ステップ%[1]d/%[2]d。Enterで次へ、またはコマンド（hでヘルプ）：",
		msgPromptMore:     "続きがあります。Enterで続行、qで中止、またはコマンド：",
		msgPromptSearch:   "検索する語句（語、または\"語句\"）：",
		msgBadInput:       "「%[1]s」はここでは使えません。%[2]sを入力してください。",
		msgAcceptRange:    "%[1]dから%[2]dの番号、または%[3]sのいずれか",
		msgAcceptOnly:     "%[1]sのいずれか",
		msgNoSuchNumber:   "%[1]dという番号はありません。%[2]dから%[3]dの番号を入力してください。",
		msgNoNumbers:      "ここには番号で開けるものがありません。",
		msgNoNext:         "%[1]sの最後の項目です。",
		msgNoPrev:         "%[1]sの最初の項目です。",
		msgNoNextHere:     "nとpは欄の項目を移動します。先に欄を開いてください。",
		msgNoBack:         "最初の画面のメニューです。qで終了します。",
		msgBackTo:         "%[1]sに戻りました。rでもう一度読み上げます。",
		msgNoSourcesHere:  "sは項目またはツアーのステップの出典を表示します。先に開いてください。",
		msgOpenOnlyInTour: "oはツアーのステップの項目を開きます。tでツアーを始めます。",
		msgTooLong:        "入力が長すぎます（最大%[1]d文字）。",
		msgGoodbye:        "終了します。",
		msgHelpHead:       "コマンド：",
		msgHelpNumber:     "番号：直前の一覧の番号のもの（欄、項目、関連項目、検索結果）を開く",
		msgHelpNext:       "n、p：欄の次または前の項目へ。ツアーでは次または前のステップへ",
		msgHelpBack:       "b：前の場所に戻る",
		msgHelpRead:       "r：今の場所をもう一度読み上げる",
		msgHelpSources:    "s：項目またはツアーのステップが引用する出典",
		msgHelpSearch:     "/語句：ストーリー全体を検索（/だけなら語句を尋ねる）",
		msgHelpTour:       "t：ガイドツアーを一つずつ（Enterで次のステップ）",
		msgHelpOpen:       "o：ツアーで、そのステップの項目を開く",
		msgHelpMenu:       "m：欄のメニュー",
		msgHelpHelp:       "h：このヘルプ",
		msgHelpQuit:       "q：終了",
		msgGroupOverview:  "概要",
		msgListSep:        "、",
		msgIDSep:          "・",
		msgPartSep:        "、",
	}
}

// table is one language's strings, with the model's labels of that
// language for the panes and dates.
type table struct {
	s      [msgCount]string
	labels *model.Labels
}

// tableFor gives the strings of a language (English for any other).
func tableFor(l model.Lang) *table {
	if l == model.Japanese {
		return &table{s: japanese(), labels: model.LabelsFor(l)}
	}
	return &table{s: english(), labels: model.LabelsFor(model.English)}
}

// f gives a string with its arguments.
func (t *table) f(m msg, args ...any) string {
	if len(args) == 0 {
		return t.s[m]
	}
	return fmt.Sprintf(t.s[m], args...)
}

// pane is a pane's title.
func (t *table) pane(p model.Pane) string { return t.labels.PaneTitle(p) }

// group is the title of a group of the wider impact: the story's own
// section titles, and the overview, which model names only in English.
func (t *table) group(title string) string {
	if title == "Overview" {
		return t.s[msgGroupOverview]
	}
	return title
}

// date is a date as the language writes it.
func (t *table) date(d model.Date) string { return t.labels.LongDate(d) }
