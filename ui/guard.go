package ui

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// Guarded is a model as a program runs it, at the boundary with the
// terminal (ui.Run's, or an SSH session's). It does three things the model
// does not:
//
//   - a panic in Init, Update, View or a command (which runs on a goroutine
//     of its own) is recovered with its stack and ends the program the way
//     q does, so that Bubble Tea restores the terminal on its normal path;
//     runProgram then returns a *PanicError carrying the panic. (Bubble
//     Tea's own recovery takes its kill path, which races with its input
//     reader and can leave it blocked; it stays as the last resort for a
//     panic inside Bubble Tea itself.)
//   - the frame is cut down to text and SGR styling: any other escape
//     sequence (OSC 8 links Glamour makes of Markdown links, OSC 52, DCS,
//     cursor moves…) and any control or invisible character is dropped, so
//     nothing but styled text reaches the terminal whatever the content;
//   - in test builds (-tags dealtui_testpanic) two keys panic on purpose;
//     in other builds testHook does nothing and is compiled away.
type Guarded struct {
	m  tea.Model
	st *guardState
}

// guardState is shared by the copies of a guarded model.
type guardState struct {
	mu     sync.Mutex
	caught *PanicError // the first panic, once there has been one
	last   tea.View    // the last frame drawn without a panic
	quit   func()      // asks the program to quit, from any goroutine
}

// Guard wraps a model for a program. quit asks that program to quit, from
// any goroutine; it is called after a panic in View.
func Guard(m tea.Model, quit func()) Guarded {
	return Guarded{m: m, st: &guardState{quit: quit}}
}

// Caught is the first panic the guard recovered, or nil. It is safe to call
// from any goroutine.
func (g Guarded) Caught() *PanicError {
	g.st.mu.Lock()
	defer g.st.mu.Unlock()
	return g.st.caught
}

// catch records a recovered panic: the first one is the one reported.
func (st *guardState) catch(value any, stack []byte, where string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.caught == nil {
		st.caught = &PanicError{Value: value, Stack: stack, Where: where}
	}
}

func (st *guardState) panicked() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.caught != nil
}

func (g Guarded) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "Init")
			cmd = tea.Quit
		}
	}()
	return guardCmd(g.m.Init())
}

func (g Guarded) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	if g.st.panicked() {
		return g, nil // quitting after a panic: the model is not to be trusted
	}
	if p, ok := msg.(cmdPanic); ok {
		g.st.catch(p.value, p.stack, "a command")
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "Update")
			next, cmd = g, tea.Quit
		}
	}()
	if cmd := testHook(msg); cmd != nil {
		return g, guardCmd(cmd)
	}
	m, cmd := g.m.Update(msg)
	return Guarded{m, g.st}, guardCmd(cmd)
}

func (g Guarded) View() (v tea.View) {
	if g.st.panicked() {
		return g.st.last
	}
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "View")
			v = g.st.last
			if g.st.quit != nil {
				go g.st.quit() // View runs on the event loop: quitting must wait for it
			}
		}
	}()
	v = g.m.View()
	v.Content = termsafe.Frame(v.Content)
	g.st.last = v
	return v
}

// PanicError is what Run returns after an internal panic, once the
// terminal has been restored: the panic's value and the stack where it
// happened. It wraps ErrPanic.
type PanicError struct {
	Value any
	Stack []byte
	Where string // Init, Update, View or a command
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error: the explorer panicked in %s: %v", e.Where, e.Value)
}

func (e *PanicError) Unwrap() error { return ErrPanic }

// cmdPanic is a panic recovered in a command, with that goroutine's stack.
type cmdPanic struct {
	value any
	stack []byte
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// guardCmd wraps a command so that a panic in it, or in any command of a
// batch or sequence it returns, becomes a cmdPanic message.
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = cmdPanic{value: r, stack: debug.Stack()}
			}
		}()
		return guardMsg(cmd())
	}
}

// guardMsg guards the commands of a tea.BatchMsg, or of the unexported
// []tea.Cmd type tea.Sequence returns (rebuilt with the same type, which
// Bubble Tea recognises).
func guardMsg(msg tea.Msg) tea.Msg {
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = guardCmd(c)
		}
		return out
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(guardCmd(c)))
	}
	return out.Interface()
}
