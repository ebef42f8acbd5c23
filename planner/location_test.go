package planner

import "testing"

func TestSharedLocation(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{`C:\Users\ana\AppData\Roaming\coplaunch\library.db`, ""},
		{"/home/ana/.config/coplaunch/library.db", ""},
		{"/Users/ana/Library/Application Support/coplaunch/library.db", ""},
		{`\\fileserver\team\plans\library.db`, "a network share"},
		{`//fileserver/team/library.db`, "a network share"},
		{`\\?\UNC\fileserver\team\library.db`, "a network share"},
		{`\\?\C:\Users\ana\library.db`, ""},
		{`C:\Users\ana\OneDrive\Documents\library.db`, "OneDrive"},
		{`C:\Users\ana\OneDrive - Contoso Ltd\library.db`, "OneDrive"},
		{`D:\Dropbox (Personal)\library.db`, "Dropbox"},
		{"/home/ana/Dropbox/library.db", "Dropbox"},
		{`G:\My Drive\library.db`, "Google Drive"},
		{`C:\Users\ana\Google Drive\library.db`, "Google Drive"},
		{"/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.com/My Drive/library.db", "Google Drive"},
		{"/Users/ana/Library/CloudStorage/OneDrive-Personal/library.db", "OneDrive"},
		{"/Users/ana/Library/CloudStorage/Box-Box/library.db", "a cloud-synced folder"},
		{"/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/library.db", "iCloud Drive"},
		{`C:\Users\ana\iCloudDrive\library.db`, "iCloud Drive"},
		{"/run/user/1000/gvfs/smb-share:server=nas,share=team/library.db", "a network share"},
		{"/net/nas/team/library.db", "a network share"},
		{"smb://nas/team/library.db", "a network share"},
		{"/home/ana/my-dropbox-ideas/library.db", ""},
		{"/home/ana/Documents/library.db", ""},
	} {
		if got := SharedLocation(c.path); got != c.want {
			t.Errorf("SharedLocation(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}
