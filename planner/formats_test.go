package planner

import (
	"testing"
	"time"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in      string
		h, m    int
		wantErr bool
	}{
		{"18:30", 18, 30, false},
		{" 07:05 ", 7, 5, false},
		{"00:00", 0, 0, false},
		{"24:00", 0, 0, true},
		{"7:5", 0, 0, true},
		{"6pm", 0, 0, true},
		{"", 0, 0, true},
	}
	for _, tt := range tests {
		h, m, err := ParseClock(tt.in)
		if (err != nil) != tt.wantErr || h != tt.h || m != tt.m {
			t.Errorf("ParseClock(%q) = %d, %d, %v", tt.in, h, m, err)
		}
	}
}

func TestLoadZone(t *testing.T) {
	if loc, err := LoadZone(""); err != nil || loc != time.UTC {
		t.Errorf("empty zone: %v, %v", loc, err)
	}
	if loc, err := LoadZone(" Europe/Berlin "); err != nil || loc.String() != "Europe/Berlin" {
		t.Errorf("Europe/Berlin: %v, %v", loc, err)
	}
	if _, err := LoadZone("Mars/Olympus"); err == nil {
		t.Error("Mars/Olympus accepted")
	}
}

func TestParseColor(t *testing.T) {
	tests := []struct {
		in      string
		want    RGB
		wantErr bool
	}{
		{"#2E6F9E", RGB{0x2E, 0x6F, 0x9E}, false},
		{"#2e6f9e", RGB{0x2E, 0x6F, 0x9E}, false},
		{"2E6F9E", RGB{0x2E, 0x6F, 0x9E}, false},
		{"#abc", RGB{0xAA, 0xBB, 0xCC}, false},
		{" #000000 ", RGB{}, false},
		{"", RGB{}, true},
		{"#12345", RGB{}, true},
		{"#GGGGGG", RGB{}, true},
		{"#+12345", RGB{}, true},
		{"blue", RGB{}, true},
	}
	for _, tt := range tests {
		got, err := ParseColor(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseColor(%q) = %v, %v", tt.in, got, err)
		}
	}
}
