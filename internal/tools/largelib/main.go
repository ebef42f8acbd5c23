// Command largelib writes a plan library holding the large plan (plantest.Large: 2,000
// survey responses, 5,000 candidates, 36 reviews) for `make bench`, and prints the plan's ID.
//
//	go run ./internal/tools/largelib LIBRARY.db
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/coplaunch/coplaunch/planner/plantest"
	"github.com/coplaunch/coplaunch/planner/store"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: largelib LIBRARY.db")
		os.Exit(2)
	}
	id, err := run(os.Args[1], time.Now())
	if err != nil {
		fmt.Fprintf(os.Stderr, "largelib: %v\n", err)
		os.Exit(1)
	}
	fmt.Println(id)
}

func run(path string, now time.Time) (int64, error) {
	ctx := context.Background()
	s, err := store.Open(ctx, path, store.Options{Backups: -1})
	if err != nil {
		return 0, err
	}
	id, err := s.Create(ctx, plantest.Large(now))
	if err != nil {
		s.Close()
		return 0, fmt.Errorf("create the large plan: %w", err)
	}
	return id, s.Close()
}
