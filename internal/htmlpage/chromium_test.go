//go:build integration

package htmlpage_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/debugger"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// Headless Chromium for the page's tests: Debian's chromium (.ci/run
// installs it), started with the flags this machine needs (no sandbox as
// root; nothing in the background that would reach for the network) and
// an empty profile of its own.

// newBrowser starts Chromium for a test and gives the context of its
// first tab; the browser ends with the test.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := needtool.Path(t, "chromium", "chromium-browser", "google-chrome")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// newTab opens another tab of the browser.
func newTab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// within gives a context for one step of a tab, ended after a minute.
func within(t *testing.T, tab context.Context) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// pageFile writes a page to a file of the test's and gives its file:// URL.
func pageFile(t *testing.T, html []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.html")
	if err := os.WriteFile(path, html, 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

// visit is what happened while a tab loaded a page: the requests made
// for anything but the page itself, the dialogs opened and the scripts
// parsed (inline, in an attribute or in a javascript: address).
type visit struct {
	mu       sync.Mutex
	requests []string
	dialogs  []string
	scripts  []string
	// page holds the JavaScript contexts of file:// documents: the page's.
	// The blank tab's own context, there before the page, is not.
	page map[runtime.ExecutionContextID]bool
}

// record is called in the tab's loop, in the order of the events: it must
// return at once and send no command, so a dialog is dismissed from
// another goroutine (an open dialog would stop the page loading).
func (v *visit) record(tab context.Context, url string) func(ev any) {
	return func(ev any) {
		v.mu.Lock()
		defer v.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if ev.Request.URL != url {
				v.requests = append(v.requests, ev.Request.URL)
			}
		case *page.EventJavascriptDialogOpening:
			v.dialogs = append(v.dialogs, string(ev.Type)+": "+ev.Message)
			go func() {
				_, _ = chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
			}()
		case *runtime.EventExecutionContextCreated:
			if ev.Context.Origin == "file://" {
				v.page[ev.Context.ID] = true
			}
		case *debugger.EventScriptParsed:
			if v.page[ev.ExecutionContextID] {
				v.scripts = append(v.scripts, ev.URL+":"+strconv.FormatInt(ev.StartLine+1, 10))
			}
		}
	}
}

// open loads a page in a tab with the network and the debugger watched,
// and gives what happened up to the load event. Nothing of the test's own
// runs in the page before that, so every script parsed is the page's.
func open(t *testing.T, tab context.Context, url string) *visit {
	t.Helper()
	ctx := within(t, tab)
	v := &visit{page: map[runtime.ExecutionContextID]bool{}}
	if err := chromedp.Listen(tab, v.record(tab, url)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, debugger.Enable, debugger.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	// Stop watching for scripts before the test runs its own.
	if _, err := chromedp.Call(ctx, debugger.Disable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return &visit{requests: v.requests, dialogs: v.dialogs, scripts: v.scripts}
}

// emulate sets the tab's viewport and colour scheme ("light" or "dark";
// "print" for the print media).
func emulate(t *testing.T, tab context.Context, width, height int64, scheme string) {
	t.Helper()
	ctx := within(t, tab)
	media := emulation.SetEmulatedMediaParams{}
	if scheme == "print" {
		media.Media = "print"
	} else {
		media.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, media); err != nil {
		t.Fatal(err)
	}
}

// eval runs a script of the test's in the tab and decodes its result.
func eval[T any](t *testing.T, tab context.Context, script string) T {
	t.Helper()
	v, err := chromedp.Run(within(t, tab), chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", strings.SplitN(script, "\n", 2)[0], err)
	}
	return v
}
