//go:build race

package main

// raceBuild: the race detector slows the pure-Go SQLite tenfold or more; the crash tests run
// fewer, smaller rounds under it.
const raceBuild = true
