// Command baseline is the smallest Bubble Tea v2 program, run as dealtui
// runs (the alternate screen, 120 frames a second): it shows one line and
// quits on q or ctrl+c. scripts/bench times it beside dealtui: what any
// Bubble Tea program pays to start.
package main
