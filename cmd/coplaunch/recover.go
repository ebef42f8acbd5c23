package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"os"
	"path/filepath"
	"strings"

	"github.com/coplaunch/coplaunch/planner/store"
)

// oneFile parses a subcommand that takes exactly one file argument.
func (c *cli) oneFile(name, synopsis string, args []string) (string, error) {
	fs := c.flags(name, synopsis)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", err
		}
		return "", errUsage
	}
	if fs.NArg() != 1 || fs.Arg(0) == "" {
		fmt.Fprintf(c.err, "coplaunch %s: give one %s\n", name, synopsis)
		fs.Usage()
		return "", errUsage
	}
	return fs.Arg(0), nil
}

// backup writes a consistent copy of the library to a file. It reads the library read-only,
// so it works while the app has it open.
func (c *cli) backup(args []string) error {
	dest, err := c.oneFile("backup", "FILE", args)
	if err != nil {
		return err
	}
	st, err := c.open(false)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Backup(context.Background(), dest); err != nil {
		return err
	}
	abs, _ := filepath.Abs(dest)
	fmt.Fprintf(c.out, "wrote backup: %s\n", abs)
	return nil
}

// backups lists the library's backups, newest first, one a line.
func (c *cli) backups(args []string) error {
	fs := c.flags("backups", "")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	list, err := store.ListBackups(context.Background(), c.db)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.out, backupsHeader)
	for _, b := range list {
		plans, newest := fmt.Sprint(b.Plans), strings.Join(b.Newest, "; ")
		if b.Damaged != nil {
			plans, newest = "damaged", oneLine(b.Damaged)
		}
		fmt.Fprintf(c.out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b.Date.Local().Format("2006-01-02 15:04"), b.Kind, b.SizeLabel(),
			plans, cell(newest), b.Path, fewerCell(b))
	}
	return nil
}

// backupsHeader names the columns of backups. Scripts read them by position: a new column
// only ever goes at the end.
const backupsHeader = "DATE\tKIND\tSIZE\tPLANS\tNEWEST\tFILE\tFEWER"

// fewerCell is the FEWER column of a copy: "fewer than N" when it holds fewer plans than the
// library had the last time the app recorded it (N), so that restoring it would lose plans;
// empty otherwise (and for a damaged copy, whose PLANS says "damaged").
func fewerCell(b planner.BackupInfo) string {
	if !b.Fewer {
		return ""
	}
	return fmt.Sprintf("fewer than %d", b.LibraryPlans)
}

// restore replaces the library with a backup, as the app's File > Restore from backup does.
func (c *cli) restore(args []string) error {
	ref, err := c.oneFile("restore", "BACKUP", args)
	if err != nil {
		return err
	}
	ctx := context.Background()
	backup := ref
	if _, serr := os.Stat(ref); serr != nil {
		// Not a file here: a name from the backups list.
		list, err := store.ListBackups(ctx, c.db)
		if err != nil {
			return err
		}
		backup = ""
		for _, b := range list {
			if filepath.Base(b.Path) == ref {
				backup = b.Path
			}
		}
		if backup == "" {
			return fmt.Errorf("restore: no backup %s (see coplaunch backups)", ref)
		}
	}
	res, err := store.Restore(ctx, c.db, backup, c.now)
	if errors.Is(err, planner.ErrLocked) {
		return fmt.Errorf("restore: the library %s is open in CoP Launch Planner; quit the app first, or use File > Restore from backup… in it", c.db)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "restored %d plans from %s\n", res.Plans, backup)
	if res.SetAside != "" {
		fmt.Fprintf(c.out, "the previous library was kept as %s\n", res.SetAside)
	}
	return nil
}
