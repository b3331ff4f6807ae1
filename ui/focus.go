package ui

import "github.com/dealtui/dealtui/model"

// area is the part of a pane the keyboard drives: its list or the reader
// beside it.
type area int

const (
	areaList area = iota
	areaReader
)

// focus is where the keyboard is: a pane, and its list or its reader. The
// reader always shows the focused pane's selection.
type focus struct {
	pane model.Pane
	area area
}

// next is the focus tab moves to: a pane's list, then its reader, then
// the next pane's list. prev is its exact inverse.
func (f focus) next() focus {
	if f.area == areaList {
		return focus{f.pane, areaReader}
	}
	return focus{(f.pane + 1) % model.PaneCount, areaList}
}

func (f focus) prev() focus {
	if f.area == areaReader {
		return focus{f.pane, areaList}
	}
	return focus{(f.pane + model.PaneCount - 1) % model.PaneCount, areaReader}
}

func (f focus) onList() bool   { return f.area == areaList }
func (f focus) onReader() bool { return f.area == areaReader }
