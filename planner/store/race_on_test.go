//go:build race

package store

// raceEnabled relaxes timing assertions: the race detector slows SQLite ten times.
const raceEnabled = true
