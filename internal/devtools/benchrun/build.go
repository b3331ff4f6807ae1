package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// program is one binary measured, with what its screens show.
type program struct {
	name string // as in the tables
	bin  string
	// ready is text the first frame shows: the story's title, or the
	// baseline's line.
	ready string
	// settled is text that only the rendered Markdown of the item
	// selected at start shows (see markdownMarker); empty for the
	// baselines, whose first frame is their settled screen.
	settled string
	// content is the content/ directory the binary embeds, for packs.
	content string
	// env is added to the program's environment (-variant).
	env []string
}

// options are how the program is run in the bench's terminal.
func (p *program) options(kitty bool) termemu.Options {
	return termemu.Options{Cols: cols, Rows: rows, Kitty: kitty, Env: append(termemu.Env(), p.env...)}
}

// devtoolsDir is the developer tools' module, where the baselines are,
// from the repository's root, where the bench runs (scripts/devtool).
const devtoolsDir = "internal/devtools"

// build builds a package of the module in dir, stripped, as a release is.
func build(dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s in %s: %w", pkg, dir, err)
	}
	return nil
}

// checkout writes the tree of a commit into dir (git archive), leaving the
// working tree alone.
func checkout(rev, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	archive := exec.Command("git", "archive", "--format=tar", rev)
	untar := exec.Command("tar", "-x", "-C", dir)
	pipe, err := archive.StdoutPipe()
	if err != nil {
		return err
	}
	untar.Stdin = pipe
	archive.Stderr, untar.Stderr = os.Stderr, os.Stderr
	if err := untar.Start(); err != nil {
		return err
	}
	if err := archive.Run(); err != nil {
		return fmt.Errorf("git archive %s: %w", rev, err)
	}
	return untar.Wait()
}

// buildAll builds the programs: dealtui from this tree (or the given
// binary), dealtui at the before commit (unless there is none), and the
// two baselines.
func buildAll(c config, work string) (progs, error) {
	var p progs
	after := program{name: "after", bin: c.dealtuiBin, ready: storyTitle, content: filepath.Join("content", "en")}
	if after.bin == "" {
		after.bin = filepath.Join(work, "dealtui")
		if err := build(".", after.bin, "."); err != nil {
			return p, err
		}
	}
	p.after = &after
	for _, v := range c.variants {
		name, rest, ok := strings.Cut(v, "=")
		f := strings.Fields(rest)
		if !ok || len(f) == 0 {
			return p, fmt.Errorf("-variant %q: want NAME=BINARY [VAR=VALUE…]", v)
		}
		p.variants = append(p.variants, &program{name: name, bin: f[0], env: f[1:], ready: storyTitle, content: filepath.Join("content", "en")})
	}
	if c.before != "" {
		dir := filepath.Join(work, "before-src")
		if err := checkout(c.before, dir); err != nil {
			return p, err
		}
		bin := filepath.Join(work, "dealtui-before")
		if err := build(dir, bin, "."); err != nil {
			return p, err
		}
		p.before = &program{name: "before " + c.before, bin: bin, ready: storyTitle, content: packDir(dir)}
		p.beforeDir = dir
	}
	ja, err := japaneseEdition(after)
	if err != nil {
		return p, err
	}
	p.japanese = ja
	p.bare = &program{name: "bare Bubble Tea", bin: filepath.Join(work, "baseline"), ready: baselineLine}
	p.glamour = &program{name: "Bubble Tea + Glamour", bin: filepath.Join(work, "baseline-glamour"), ready: baselineGlamLine}
	for _, b := range []*program{p.bare, p.glamour} {
		pkg := "./baseline"
		if b == p.glamour {
			pkg += "/withglamour"
		}
		if err := build(devtoolsDir, b.bin, pkg); err != nil {
			return p, err
		}
	}
	for _, d := range append(p.dealtuis(), p.japanese) {
		m, err := markdownMarker(os.DirFS(d.content))
		if err != nil {
			return p, fmt.Errorf("%s: %w", d.name, err)
		}
		d.settled = m
	}
	return p, nil
}

// progs are the programs of one run.
type progs struct {
	before, after, bare, glamour *program
	// japanese is after in its Japanese edition (the locale says ja),
	// measured at start-up beside the English one.
	japanese *program
	// variants are other dealtui binaries measured beside after
	// (-variant), to try a change out in the same run.
	variants  []*program
	beforeDir string
}

// dealtuis gives the dealtui builds measured: before (if any), after,
// then the variants.
func (p progs) dealtuis() []*program {
	var out []*program
	if p.before != nil {
		out = append(out, p.before)
	}
	return append(append(out, p.after), p.variants...)
}

// markdownMarker finds text that is on the screen only once the Markdown
// of the item dealtui selects at start is rendered: the timeline event on
// the story's date, whose body's first list item Glamour draws with a
// bullet ("• …"). Neither the summary shown before the rendering lands
// nor a plain-text fallback ("- …") has it.
func markdownMarker(fsys fs.FS) (string, error) {
	story, err := fs.ReadFile(fsys, "story.md")
	if err != nil {
		return "", err
	}
	date := frontField(story, "date")
	events, err := fs.Glob(fsys, "timeline/*.md")
	if err != nil {
		return "", err
	}
	for _, name := range events {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		if date == "" || frontField(data, "date") != date {
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(body(data)))
		for sc.Scan() {
			if item, ok := strings.CutPrefix(sc.Text(), "- "); ok {
				words := strings.Fields(item)
				// Four words, or in Japanese (no spaces) the first
				// characters: text that no wrap at the bench's width cuts.
				start := []rune(strings.Join(words[:min(len(words), 4)], " "))
				return "• " + string(start[:min(len(start), 24)]), nil
			}
		}
		return "", fmt.Errorf("%s: the event on the story's date (%s) has no list in its body to recognise its rendering by", path.Join("content", "en", name), date)
	}
	return "", errors.New("content: no timeline event on the story's date")
}

// frontField reads a simple "key: value" line of a file's front matter.
func frontField(data []byte, key string) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// body is what follows a file's front matter.
func body(data []byte) []byte {
	parts := bytes.SplitN(data, []byte("\n---\n"), 2)
	if len(parts) < 2 {
		return nil
	}
	return parts[1]
}

// writePack writes a pack with factor times the items of a content
// directory, and says how many items it has.
func writePack(src string, factor int, dir string) (int, error) {
	pack, err := storygen.Generate(os.DirFS(src), factor)
	if err != nil {
		return 0, err
	}
	if err := storygen.WriteDir(pack, dir); err != nil {
		return 0, err
	}
	return storygen.Items(pack), nil
}

// packDir is the English pack of a checkout: content/en, or content in the
// commits before the Japanese edition.
func packDir(root string) string {
	if st, err := os.Stat(filepath.Join(root, "content", "en")); err == nil && st.IsDir() {
		return filepath.Join(root, "content", "en")
	}
	return filepath.Join(root, "content")
}

// japaneseEdition is dealtui's Japanese edition: the same binary in a
// Japanese locale, ready when the Japanese title is on the screen.
func japaneseEdition(after program) (*program, error) {
	content := filepath.Join("content", "ja")
	story, err := os.ReadFile(filepath.Join(content, "story.md"))
	if err != nil {
		return nil, err
	}
	title := frontField(story, "title")
	if title == "" {
		return nil, fmt.Errorf("%s: no title", filepath.Join(content, "story.md"))
	}
	return &program{name: "after, Japanese", bin: after.bin, env: []string{"LC_ALL=ja_JP.UTF-8"}, ready: title, content: content}, nil
}
