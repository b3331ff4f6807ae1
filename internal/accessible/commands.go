package accessible

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

// commandLetters are the commands, as the bad-input message lists them.
const commandLetters = "n, p, b, r, s, /, t, m, h, q"

// cleanInput makes a line safe to keep and to quote: what a terminal
// would act on is shown escaped, never sent back to it.
func cleanInput(line string) string {
	return termsafe.VisibleLine(strings.TrimSpace(line))
}

// command is a line read as a command: trimmed, lower case, full-width
// letters and digits (as a Japanese input method may type them) narrow.
func command(line string) string {
	return strings.ToLower(width.Narrow.String(strings.TrimSpace(line)))
}

// searchWords is a search line's words as typed, without the slash (/ or
// its full-width form, which command narrows): search folds widths itself,
// and the answer quotes the words as the reader wrote them.
func searchWords(line string) string {
	t := strings.TrimSpace(line)
	_, slash := utf8.DecodeRuneInString(t)
	return strings.TrimSpace(t[slash:])
}

// handle answers one line. It reports quit when the reader asked to end.
func (s *session) handle(line string) (*response, bool) {
	r := s.newResponse()
	cmd := command(line)
	if n, err := strconv.Atoi(cmd); err == nil && cmd[0] != '+' && cmd[0] != '-' {
		s.number(r, n)
		return r, false
	}
	switch {
	case strings.HasPrefix(cmd, "/"):
		s.search(r, searchWords(line))
	case cmd == "q" || cmd == "quit" || cmd == "exit":
		r.para(s.t.f(msgGoodbye))
		return r, true
	case cmd == "" && s.cur.kind == viewTour:
		s.step(r, 1)
	case cmd == "":
	default:
		if do, ok := s.commands()[cmd]; ok {
			do(r)
		} else {
			s.badInput(r, line)
		}
	}
	return r, false
}

// commands are the one-word commands and what they do.
func (s *session) commands() map[string]func(*response) {
	next := func(r *response) { s.move(r, 1) }
	previous := func(r *response) { s.move(r, -1) }
	help := s.help
	menu := func(r *response) { s.goTo(r, view{kind: viewMenu}) }
	back := s.back
	return map[string]func(*response){
		"h": help, "?": help, "help": help,
		"m": menu, "menu": menu,
		"b": back, "back": back,
		"n": next, "p": previous,
		"r": func(r *response) { s.render(r, s.cur) },
		"s": s.sources,
		"t": s.tour,
		"o": s.openStep,
	}
}

// badInput says, in one line, what the reader may type here.
func (s *session) badInput(r *response, line string) {
	if utf8.RuneCountInString(line) > 40 {
		line = string([]rune(line)[:40]) + "…"
	}
	letters := commandLetters
	if s.cur.kind == viewTour {
		letters = "o, " + letters
	}
	accepted := s.t.f(msgAcceptOnly, letters)
	if n := s.numbered(); n > 0 {
		accepted = s.t.f(msgAcceptRange, 1, n, letters)
	}
	r.para(s.t.f(msgBadInput, line, accepted))
}

// numbered is how many things the numbers open where the reader is.
func (s *session) numbered() int {
	switch s.cur.kind {
	case viewMenu:
		return len(model.Panes())
	case viewList:
		return len(s.story.PaneEntries(s.cur.pane))
	case viewItem:
		return len(s.links(s.cur.entry))
	case viewResults:
		return len(s.cur.hits)
	case viewTour:
		return len(s.story.TourStops())
	}
	return 0
}

// number opens what number n stands for where the reader is.
func (s *session) number(r *response, n int) {
	count := s.numbered()
	switch {
	case count == 0:
		r.para(s.t.f(msgNoNumbers))
		return
	case n < 1 || n > count:
		r.para(s.t.f(msgNoSuchNumber, n, 1, count))
		return
	}
	v := s.cur
	switch v.kind {
	case viewMenu:
		s.goTo(r, view{kind: viewList, pane: model.Panes()[n-1], index: -1})
	case viewList:
		s.cur.index = n - 1
		s.goTo(r, s.itemView(s.story.PaneEntries(v.pane)[n-1]))
	case viewItem:
		s.goTo(r, s.itemView(s.links(v.entry)[n-1]))
	case viewResults:
		if h := v.hits[n-1]; h.Entry != nil {
			s.goTo(r, s.itemView(h.Entry))
		} else {
			s.goTo(r, view{kind: viewSource, id: h.ID})
		}
	case viewTour:
		s.showStep(r, n-1)
	}
}

// move is n and p: the next or previous item of the pane, or step of the
// tour.
func (s *session) move(r *response, delta int) {
	v := s.cur
	switch v.kind {
	case viewTour:
		s.step(r, delta)
		return
	case viewItem, viewList:
	default:
		r.para(s.t.f(msgNoNextHere))
		return
	}
	entries := s.story.PaneEntries(v.pane)
	i := v.index + delta
	if v.kind == viewList && v.index < 0 {
		i = 0
		if delta < 0 {
			i = len(entries) - 1
		}
	}
	switch {
	case i >= len(entries):
		r.para(s.t.f(msgNoNext, s.t.pane(v.pane)))
	case i < 0:
		r.para(s.t.f(msgNoPrev, s.t.pane(v.pane)))
	case v.kind == viewList:
		s.cur.index = i
		s.goTo(r, s.itemView(entries[i]))
	default:
		// Moving within a pane is one place for back, as in the explorer.
		s.cur = s.itemView(entries[i])
		s.render(r, s.cur)
	}
}

// sources shows what the current item or tour step cites.
func (s *session) sources(r *response) {
	switch v := s.cur; v.kind {
	case viewItem:
		s.goTo(r, view{kind: viewSources, entry: v.entry, step: -1})
	case viewTour:
		s.goTo(r, view{kind: viewSources, step: v.step})
	default:
		r.para(s.t.f(msgNoSourcesHere))
	}
}

// search finds words in the whole story; "/" alone asks for them.
func (s *session) search(r *response, query string) {
	if query == "" {
		line, err := s.read(s.t.f(msgPromptSearch))
		if err != nil {
			// The end of the input ends the session at the next read.
			return
		}
		if query = strings.TrimSpace(line); query == "" {
			return
		}
	}
	query = cleanInput(query)
	s.goTo(r, view{kind: viewResults, query: query, hits: s.story.Search(query)})
}

// tour starts the tour, or resumes it where the reader left it.
func (s *session) tour(r *response) {
	stops := s.story.TourStops()
	if len(stops) == 0 {
		r.para(s.t.f(msgNoTour))
		return
	}
	if s.cur.kind == viewTour {
		s.render(r, s.cur)
		return
	}
	s.goTo(r, view{kind: viewTour, step: min(s.tourAt, len(stops)-1)})
}

// step moves the tour by delta steps.
func (s *session) step(r *response, delta int) {
	i := s.cur.step + delta
	switch {
	case i >= len(s.story.TourStops()):
		r.para(s.t.f(msgTourLast))
	case i < 0:
		r.para(s.t.f(msgTourFirst))
	default:
		s.showStep(r, i)
	}
}

// showStep shows step i of the tour, where the tour view is.
func (s *session) showStep(r *response, i int) {
	s.tourAt = i
	s.cur.step = i
	s.render(r, s.cur)
}

// openStep opens the item of the tour's step; back returns to the step.
func (s *session) openStep(r *response) {
	if s.cur.kind != viewTour {
		r.para(s.t.f(msgOpenOnlyInTour))
		return
	}
	s.goTo(r, s.itemView(s.story.TourStops()[s.cur.step].Entry))
}

// help lists the commands.
func (s *session) help(r *response) {
	r.para(s.t.f(msgHelpHead))
	for m := msgHelpNumber; m <= msgHelpQuit; m++ {
		r.lines = append(r.lines, model.WrapLines(s.t.f(m), r.width, "  ", "    ")...)
	}
}
