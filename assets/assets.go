// Package assets holds the resources embedded in the binary: the application icon.
package assets

import _ "embed"

// Icon is the application icon, a 512×512 PNG: three members joined in a practice.
//
//go:embed icon.png
var Icon []byte
