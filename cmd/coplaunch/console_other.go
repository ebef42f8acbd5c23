//go:build !windows

package main

// attachConsole is needed on Windows only, where the app is built as a GUI program.
func attachConsole() {}
