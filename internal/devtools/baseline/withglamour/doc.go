// Command withglamour is the floor for dealtui's settled first screen: the
// baseline program (internal/devtools/baseline, run as dealtui runs: the alternate
// screen, 120 frames a second) with the Markdown stack linked in, whose
// package initialisation (Glamour, Chroma, Goldmark, Bluemonday) runs
// before main, and which renders one Markdown snippet with Glamour before
// its first frame and shows it. scripts/bench times its first frame, which
// is also its settled screen, beside dealtui's.
package main
