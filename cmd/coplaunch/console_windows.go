//go:build windows

package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = 0xFFFFFFFF

// attachConsole lets the subcommands print in cmd.exe and PowerShell. The Windows build is a
// GUI program, so that no console window opens beside the app; such a program starts without
// standard output or error, and `coplaunch.exe list` would print nothing. It attaches to the
// console of the terminal it was started from and writes there. Handles the shell has
// redirected (`> plans.txt`, `| more`) are kept as they are; without a parent console (started
// from Explorer) nothing changes.
func attachConsole() {
	stdout, _ := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE)
	stderr, _ := windows.GetStdHandle(windows.STD_ERROR_HANDLE)
	if usable(stdout) && usable(stderr) {
		return
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if attach.Find() != nil {
		return
	}
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return
	}
	if !usable(stdout) {
		if f := openConsole(windows.STD_OUTPUT_HANDLE); f != nil {
			os.Stdout = f
		}
	}
	if !usable(stderr) {
		if f := openConsole(windows.STD_ERROR_HANDLE); f != nil {
			os.Stderr = f
		}
	}
}

// usable reports whether a standard handle leads somewhere: a GUI program started from a
// terminal gets none, one whose output is redirected gets the file or pipe.
func usable(h windows.Handle) bool {
	if h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}

// openConsole opens the attached console's output for the standard handle std.
func openConsole(std uint32) *os.File {
	name, _ := windows.UTF16PtrFromString("CONOUT$")
	h, err := windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return nil
	}
	_ = windows.SetStdHandle(std, h)
	return os.NewFile(uintptr(h), "CONOUT$")
}
