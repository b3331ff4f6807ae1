// Package testwait is for test binaries whose tests mostly wait (on
// terminals, sockets, processes, timeouts) rather than compute.
package testwait
