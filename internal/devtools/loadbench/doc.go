// Command loadbench times model loading of a big pack, for
// scripts/loadbench: it writes a generated pack to a directory, or loads
// one and reports the time, the allocations and the process's peak memory
// (VmHWM from its own /proc/self/status).
//
//	loadbench gen DIR FACTOR        the embedded story with FACTOR times its items
//	loadbench load DIR [dirfs|root] load it once: through os.DirFS and model.Load
//	                                (what dealtui did), or model.LoadDir (os.Root)
//
// main.go builds against any model, so it measures an older commit too:
// scripts/loadbench copies it there, with a stub for root.go where the
// model has no LoadDir.
package main
