package main

import "github.com/dealtui/dealtui/model"

// loadDir loads a pack with model.LoadDir (through os.Root).
func loadDir(dir string) error {
	_, err := model.LoadDir(dir)
	return err
}
