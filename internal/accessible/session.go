package accessible

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/dealtui/dealtui/model"
)

// Options are how a session runs.
type Options struct {
	// Lang is the language of the mode's own words: the story's
	// (Story.Lang) as a rule; English when empty.
	Lang model.Lang
	// Size gives the terminal's width and height; it is asked before
	// each answer, so a resize takes effect at the next one. Nil, or a
	// width of 0, means no terminal: 80 columns. A height of 0 means no
	// paging.
	Size func() (width, height int)
	// Raw says the input is a raw terminal's keys, as an SSH client with a
	// pseudo-terminal sends them: the session echoes and edits each line
	// itself and ends its lines with CR LF.
	Raw bool
	// Echo writes each line read back after the prompt, for input that no
	// terminal echoes (a pipe, a script), so that the output reads as the
	// dialogue it was.
	Echo bool
	// Pane (a pane's name) or Item (an item's id) is where the session
	// starts instead of the menu; Item wins.
	Pane, Item string
	// Tour starts the session at the tour's first step (dealtui tour),
	// when the story has a tour; before Pane and Item.
	Tour bool
}

// Run is one accessible session over a story: it reads commands from in,
// a line at a time, and answers each with plain lines appended to out,
// until q, the end of the input, ctrl+c on a raw terminal, or ctx ends.
// It returns nil when the reader ended it, ctx's error when ctx did, and
// the error of the first write that failed. A server runs one per
// session; the story is only read.
func Run(ctx context.Context, story *model.Story, in io.Reader, out io.Writer, opts Options) error {
	s, err := newSession(story, in, out, opts)
	if err != nil {
		return err
	}
	return s.run(ctx)
}

// maxHistory is how many places back remembers.
const maxHistory = 64

// session is the state of one reader's session.
type session struct {
	story *model.Story
	t     *table
	opts  Options
	term  *terminal
	in    lineReader

	cur     view
	history []view
	// tourAt is the step the tour is at, kept when the reader leaves it.
	tourAt int
	// prompted is set while a prompt waits for its line, so that the end
	// of the input ends the line the prompt is on.
	prompted bool
	// pending is a command typed at a "more" prompt, to run next.
	pending    string
	hasPending bool
}

// next is the next command: one typed at a "more" prompt, or a line read
// after the prompt that says where the reader is.
func (s *session) next() (string, error) {
	if s.hasPending {
		s.hasPending = false
		return s.pending, nil
	}
	return s.read(s.prompt())
}

func newSession(story *model.Story, in io.Reader, out io.Writer, opts Options) (*session, error) {
	s := &session{
		story: story.ForScreen(),
		t:     tableFor(opts.Lang),
		opts:  opts,
		term:  &terminal{w: out, crlf: opts.Raw},
		cur:   view{kind: viewMenu},
	}
	if opts.Raw {
		s.in = newRawLines(in, s.term)
	} else {
		s.in = newCookedLines(in)
	}
	start, err := s.startView()
	if err != nil {
		return nil, err
	}
	s.cur = start
	return s, nil
}

// startView is the view of Options.Item or Options.Pane, or the menu.
func (s *session) startView() (view, error) {
	switch {
	case s.opts.Tour && len(s.story.TourStops()) > 0:
		return view{kind: viewTour}, nil
	case s.opts.Item != "":
		e, ok := s.story.Entry(s.opts.Item)
		if !ok {
			return view{}, fmt.Errorf("no item has the id %q", s.opts.Item)
		}
		return s.itemView(e), nil
	case s.opts.Pane != "":
		p, err := model.ParsePane(s.opts.Pane)
		if err != nil {
			return view{}, err
		}
		return view{kind: viewList, pane: p, index: -1}, nil
	}
	return view{kind: viewMenu}, nil
}

func (s *session) run(ctx context.Context) error {
	r := s.newResponse()
	r.para(s.t.f(msgWelcome, s.story.Intro.Title, s.t.date(s.story.Intro.Date)))
	r.para(s.t.f(msgWelcomeHelp))
	r.blank()
	s.render(r, s.cur)
	for {
		if err := s.answer(r); err != nil {
			return s.ended(err)
		}
		line, err := s.next()
		if err == nil {
			err = ctx.Err()
		}
		switch {
		case errors.Is(err, errTooLong):
			r = s.newResponse()
			r.para(s.t.f(msgTooLong, MaxLine))
			continue
		case err != nil:
			return s.ended(err)
		}
		var quit bool
		if r, quit = s.handle(line); quit {
			return s.ended(s.answer(r))
		}
	}
}

// ended turns how the session ended into Run's result: the reader's end
// (EOF, ctrl+c) is no error.
func (s *session) ended(err error) error {
	if s.prompted {
		s.term.write("\n")
	}
	if errors.Is(err, io.EOF) || errors.Is(err, errInterrupt) {
		err = nil
	}
	if err == nil {
		err = s.term.err
	}
	return err
}

// read writes a prompt and reads the reader's line, echoed when asked.
func (s *session) read(prompt string) (string, error) {
	lines := s.wrap(prompt)
	for _, l := range lines[:len(lines)-1] {
		s.term.write(l + "\n")
	}
	s.term.write(lines[len(lines)-1] + " ")
	if s.term.err != nil {
		return "", s.term.err
	}
	s.prompted = true
	line, err := s.in.readLine()
	if err != nil {
		return "", err
	}
	s.prompted = false
	line = cleanInput(line)
	if s.opts.Echo {
		s.term.write(line + "\n")
	}
	return line, nil
}

// wrap wraps a prompt: its last line is where the reader types.
func (s *session) wrap(prompt string) []string {
	width, _ := s.size()
	if lines := model.WrapLines(prompt, width, "", ""); len(lines) > 0 {
		return lines
	}
	return []string{""}
}

// answer writes a response, paged with a "more" prompt when the terminal
// is shorter than it: enter goes on, q stops, and anything else stops
// and is the next command.
func (s *session) answer(r *response) error {
	_, height := s.size()
	lines := r.lines
	for len(lines) > 0 {
		n := len(lines)
		if height > 1 && n > height-1 {
			n = height - 1
		}
		for _, l := range lines[:n] {
			s.term.write(l + "\n")
		}
		if lines = lines[n:]; len(lines) == 0 {
			break
		}
		line, err := s.read(s.t.f(msgPromptMore))
		if err != nil && !errors.Is(err, errTooLong) {
			return err
		}
		if c := command(line); c != "" {
			if c != "q" {
				s.pending, s.hasPending = line, true
			}
			break
		}
	}
	return s.term.err
}

// size is the width to wrap at and the height to page at (0: none).
func (s *session) size() (width, height int) {
	if s.opts.Size != nil {
		width, height = s.opts.Size()
	}
	if width <= 0 {
		width = model.DefaultWidth
	}
	return min(max(width, model.MinWidth), model.MaxWidth), max(height, 0)
}

func (s *session) newResponse() *response {
	width, _ := s.size()
	return &response{width: width}
}

// goTo shows a new view, remembering the one it leaves.
func (s *session) goTo(r *response, v view) {
	s.history = append(s.history, s.cur)
	if len(s.history) > maxHistory {
		s.history = slices.Delete(s.history, 0, len(s.history)-maxHistory)
	}
	s.cur = v
	s.render(r, v)
}

// back returns to the last view, or to the menu.
func (s *session) back(r *response) {
	if len(s.history) == 0 {
		if s.cur.kind == viewMenu {
			r.para(s.t.f(msgNoBack))
			return
		}
		s.cur = view{kind: viewMenu}
		s.render(r, s.cur)
		return
	}
	if s.cur.kind == viewTour {
		r.para(s.t.f(msgTourLeft, s.tourAt+1))
	}
	s.cur = s.history[len(s.history)-1]
	s.history = s.history[:len(s.history)-1]
	s.renderBrief(r, s.cur)
}
