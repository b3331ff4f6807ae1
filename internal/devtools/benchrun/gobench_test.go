package main

import (
	"bytes"
	"testing"
)

// Go benchmark output is read by name without the GOMAXPROCS suffix, in
// base units, every count kept.
func TestReadBench(t *testing.T) {
	out := bytes.NewBufferString(`goos: linux
goarch: amd64
pkg: github.com/dealtui/dealtui/ui
cpu: AMD EPYC
BenchmarkView/120x40/timeline-2         	    5000	    220000 ns/op	  168000 B/op	    1200 allocs/op
BenchmarkView/120x40/timeline-2         	    5000	    240000 ns/op	  168000 B/op	    1200 allocs/op
BenchmarkLoadScale/100x-2       	       3	 843151669 ns/op	    215419 ns/item	200806556 B/op	 2493518 allocs/op
BenchmarkDecode   	    2220	    535531 ns/op
PASS
ok  	github.com/dealtui/dealtui/ui	3.780s
`)
	res, err := readBench(out, "test")
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := res.get("BenchmarkView/120x40/timeline", "sec/op"); !ok || v < 229e-6 || v > 231e-6 {
		t.Fatalf("view: %v %v; read %v", v, ok, res)
	}
	if v, ok := res.get("BenchmarkLoadScale/100x", "sec/item"); !ok || v < 215e-6 || v > 216e-6 {
		t.Fatalf("per item: %v %v; read %v", v, ok, res)
	}
	if _, ok := res.get("BenchmarkDecode", "sec/op"); !ok {
		t.Fatalf("a benchmark run without -cpu suffix: read %v", res)
	}
}
