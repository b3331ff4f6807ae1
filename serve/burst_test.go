package serve

import (
	"bytes"
	"strings"
	"testing"
	"time"

	uv "github.com/charmbracelet/ultraviolet"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// The byte budget: within it a read passes whole; over it only its newest
// burstTail bytes, with a ctrl+c and a q from the part dropped handed on
// as keys; the first read within the budget again starts afresh; a burst
// lasts burstQuiet past the last drop.
func TestByteGate(t *testing.T) {
	t.Parallel()
	g := newByteGate(1000, 2000)
	var keys []uv.Event
	dropped := 0
	g.onKey = func(ev uv.Event) { keys = append(keys, ev) }
	g.onDrop = func(n int) { dropped += n }
	now := time.Unix(1000, 0)
	if pass, fresh := g.admit([]byte("hello"), now); string(pass) != "hello" || fresh {
		t.Fatalf("a few keys: %q %v", pass, fresh)
	}
	if g.inBurst(now) {
		t.Fatal("a few keys made a burst")
	}
	flood := append(bytes.Repeat([]byte("j"), 5000), 'q', 3)
	flood = append(flood, bytes.Repeat([]byte("k"), 100)...)
	pass, fresh := g.admit(flood, now)
	if !bytes.Equal(pass, bytes.Repeat([]byte("k"), burstTail)) || fresh {
		t.Fatalf("over the budget: %q %v, want the last %d bytes", pass, fresh, burstTail)
	}
	if dropped != len(flood)-burstTail || len(keys) != 1 {
		t.Fatalf("dropped %d, keys %v", dropped, keys)
	}
	if k, ok := keys[0].(uv.KeyPressEvent); !ok || k.Code != 'c' || k.Mod != uv.ModCtrl {
		t.Errorf("first key handed on: %v, want ctrl+c", keys[0])
	}
	if !g.inBurst(now.Add(burstQuiet/2)) || g.inBurst(now.Add(burstQuiet)) {
		t.Error("the burst does not last burstQuiet")
	}
	if _, fresh := g.admit([]byte("2"), now.Add(time.Second)); !fresh {
		t.Error("the first read after a cut does not start afresh")
	}
	if _, fresh := g.admit([]byte("3"), now.Add(time.Second)); fresh {
		t.Error("the second read after a cut starts afresh")
	}
}

// A key that comes right after a cut, while the input is still over its
// budget, starts afresh too: the sequence the parser was in lost its end
// in what was dropped, and would swallow the key (a loaded machine's
// TestHostileInputLeavesTheSessionWorking lost its "3" that way).
func TestKeysAfterACutStartAfresh(t *testing.T) {
	t.Parallel()
	g := newByteGate(1000, 2000)
	now := time.Unix(1000, 0)
	g.admit(bytes.Repeat([]byte("x"), 5000), now) // over the budget: cut
	pass, fresh := g.admit([]byte("3"), now)      // still over it
	if string(pass) != "3" || !fresh {
		t.Errorf("a key after a cut, over the budget: %q, fresh %v; want it, fresh", pass, fresh)
	}
	if _, fresh := g.admit([]byte("4"), now); fresh {
		t.Error("the key after that starts afresh again")
	}
}

// After a cut in the middle of a paste or a string the guard ends it, so
// what follows is read as keys.
func TestGuardInterrupt(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"\x1b[200~abc", "\x1b[200~abc\x1b[201~"},
		{"\x1b]11;rgb", "\x1b]11;rgb\x1b\\"},
		{"\x1b[1;2", "\x1b[1;2~"},
		{"plain", "plain"},
	} {
		g := newInputGuard(strings.NewReader(c.in), 1024, 1<<20)
		buf := make([]byte, 64)
		n, _ := g.Read(buf)
		g.out = g.out[:0]
		g.interrupt()
		if got := string(buf[:n]) + string(g.out); got != c.want {
			t.Errorf("%q then interrupt: %q, want %q", c.in, got, c.want)
		}
		if g.state != inText {
			t.Errorf("%q: state %d after interrupt", c.in, g.state)
		}
	}
}

// A MiB of keys in one write no longer keeps a session busy: q after it
// ends the session at once, as does a ctrl+c in the middle of one.
func TestKeyFloodThenQuit(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	for _, flood := range []string{
		strings.Repeat("j", 1<<20) + "2",
		strings.Repeat("jk", 1<<19) + "\x03" + strings.Repeat("j", 1<<20),
	} {
		s := ts.explorer(t, 100, 30, sshterm.Options{})
		s.Type(flood)
		if strings.HasSuffix(flood, "2") {
			if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
				t.Fatalf("the key after a MiB of keys: %v", err)
			}
			s.Type("q")
		}
		if status, err := s.Wait(wait); err != nil || status != 0 {
			t.Fatalf("after the flood: status %d, %v", status, err)
		}
	}
	if got := metricValue(t, ts.Server, "dealtui_input_dropped_bytes_total"); got < 1<<20 {
		t.Errorf("bytes dropped: %v, want at least a MiB", got)
	}
}

// Keys that come in a burst do not count as activity: a session that
// receives nothing but a flood is closed for idleness while the flood
// goes on, with a message saying why.
func TestFloodIsNotActivity(t *testing.T) {
	t.Parallel()
	// The clock starts with the session: its first frame must come
	// within idle, which the race detector can slow past a second.
	idle := time.Second
	if raceDetector {
		idle = 2 * time.Second
	}
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	s := ts.explorer(t, 80, 24, sshterm.Options{})
	chunk := strings.Repeat("jk", 16<<10)
	stop := time.Now().Add(wait)
	for {
		select {
		case <-s.Ended():
			if !strings.Contains(s.Stderr(), "closed after "+idle.String()+" without a key press") {
				t.Errorf("stderr %q", s.Stderr())
			}
			return
		default:
		}
		if time.Now().After(stop) {
			t.Fatal("a session fed a flood was never closed for idleness")
		}
		if _, err := s.Type(chunk); err != nil {
			<-s.Ended()
			continue
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The event queue keeps the newest events, and lets ctrl+c past it.
func TestEventQueueKeepsTheNewest(t *testing.T) {
	t.Parallel()
	drops := 0
	lim := defaultInputLimits()
	lim.eventsPerSec, lim.eventBurst, lim.eventQueue = 1, 1, 3
	e := newEventPump(nil, lim, newByteGate(100, 100), inputHooks{dropped: func(_, n int) { drops += n }})
	now := time.Unix(1000, 0)
	for _, r := range "abcdef" {
		e.take(uv.KeyPressEvent{Code: r, Text: string(r)}, now)
	}
	var got string
	for _, ev := range e.queue {
		got += ev.(uv.KeyPressEvent).Text
	}
	if got != "def" || drops != 3 {
		t.Fatalf("queue %q, %d dropped; want def, 3", got, drops)
	}
	if !e.urgent(uv.KeyPressEvent{Code: 'c', Mod: uv.ModCtrl}, now) {
		t.Error("ctrl+c waits")
	}
	n := 0
	for range 10 {
		if e.urgent(uv.KeyPressEvent{Code: 'q', Text: "q"}, now) {
			n++
		}
	}
	if n != quitKeysPerSec {
		t.Errorf("%d q skip the queue at once, want %d", n, quitKeysPerSec)
	}
}

// A long paste is text, whatever letters are in it: a q in the part
// dropped does not quit the explorer (ctrl+c, which no text holds, does).
func TestLongPasteWithAQDoesNotQuit(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 100, 30, sshterm.Options{})
	text := strings.Repeat("quite a long quote, pasted by mistake. ", 4000) // about 156 KiB
	s.Type("\x1b[200~" + text + "\x1b[201~")
	time.Sleep(2 * burstQuiet) // the burst over, keys are keys again
	s.Type("3")
	if _, err := s.WaitText("▸ Japan", wait); err != nil {
		t.Fatalf("the explorer after a long paste with q in it: %v", err)
	}
	s.Type("q")
	if status, err := s.Wait(wait); err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
}
