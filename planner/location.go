package planner

import "strings"

// syncedFolders are folder names that cloud-sync clients create, lower case, with the
// service to name in the warning. A path containing one as a whole folder name (or, for
// the names the clients suffix with an account or organisation, as its start) is synced.
var syncedFolders = []struct {
	name   string
	prefix bool
	label  string
}{
	{"onedrive", true, "OneDrive"}, // "OneDrive", "OneDrive - Contoso"
	{"dropbox", true, "Dropbox"},   // "Dropbox", "Dropbox (Personal)"
	{"google drive", true, "Google Drive"},
	{"googledrive", true, "Google Drive"}, // macOS File Provider: "GoogleDrive-name@example.com"
	{"my drive", false, "Google Drive"},
	{"icloud drive", true, "iCloud Drive"},
	{"iclouddrive", true, "iCloud Drive"}, // iCloud for Windows
	{"icloud~", true, "iCloud Drive"},
	{"mobile documents", false, "iCloud Drive"},
	{"box sync", false, "Box"},
	{"pcloud drive", false, "pCloud"},
	{"nextcloud", false, "Nextcloud"},
	{"owncloud", false, "ownCloud"},
	{"creative cloud files", true, "Creative Cloud"},
}

// SharedLocation reports whether a library at path sits on a network share or in a folder a
// cloud service synchronises, where SQLite's file locking does not protect the library from
// two computers writing it at once. It returns the place in words ("a network share",
// "OneDrive", …), or "" for an ordinary local folder. It looks at the path alone, in Windows
// (C:\, \\server\share) and Unix forms, whatever the system it runs on.
func SharedLocation(path string) string {
	p := strings.ReplaceAll(path, `\`, "/")
	switch {
	case strings.HasPrefix(p, "//?/UNC/"), strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "//?/") && !strings.HasPrefix(p, "//./"):
		return "a network share"
	case strings.HasPrefix(strings.ToLower(p), "smb://"), strings.HasPrefix(strings.ToLower(p), "afp://"), strings.HasPrefix(strings.ToLower(p), "nfs://"):
		return "a network share"
	}
	parts := strings.Split(p, "/")
	for i, part := range parts {
		low := strings.ToLower(strings.TrimSpace(part))
		if low == "" {
			continue
		}
		// macOS puts every File Provider service under ~/Library/CloudStorage.
		if low == "cloudstorage" && i > 0 && strings.EqualFold(parts[i-1], "Library") && i+1 < len(parts) {
			for _, f := range syncedFolders {
				if strings.HasPrefix(strings.ToLower(parts[i+1]), f.name) {
					return f.label
				}
			}
			return "a cloud-synced folder"
		}
		// Linux and macOS mount points of network file systems.
		if i == 1 && (low == "net" || low == "network") || i == 2 && strings.EqualFold(parts[1], "run") && low == "user" && i+3 < len(parts) && strings.EqualFold(parts[i+2], "gvfs") {
			return "a network share"
		}
		for _, f := range syncedFolders {
			if low == f.name || f.prefix && strings.HasPrefix(low, f.name) {
				return f.label
			}
		}
	}
	return ""
}
