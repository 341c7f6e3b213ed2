package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/jurisdiction"
)

// loadPack returns the built-in pack id, or the pack in the file it
// names (anything ending in .json or holding a path separator).
func loadPack(arg string) (*jurisdiction.Pack, error) {
	if !strings.HasSuffix(arg, ".json") && !strings.ContainsRune(arg, os.PathSeparator) {
		p, err := jurisdiction.Load(arg)
		if errors.Is(err, jurisdiction.ErrUnknownPack) {
			return nil, fmt.Errorf("unknown -policy %q: want one of %s, or a pack file (.json)", arg, strings.Join(jurisdiction.IDs(), ", "))
		}
		return p, err
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		return nil, fmt.Errorf("-policy: %w", err)
	}
	p, err := jurisdiction.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("-policy %s: %w", arg, err)
	}
	return p, nil
}

// dump writes p as a pack file.
func dump(p *jurisdiction.Pack, stdout, stderr io.Writer) int {
	b, err := p.Encode()
	if err == nil {
		_, err = stdout.Write(b)
	}
	if err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return exitInput
	}
	return exitOK
}

// check runs p's cases, writing one line for each, and fails when one
// does.
func check(p *jurisdiction.Pack, lang language.Tag, stdout io.Writer) int {
	status := exitOK
	var pass, fail, unrepro int
	for _, r := range jurisdiction.RunCases(p) {
		line := fmt.Sprintf("%-18s %s", r.Status.Label(lang), r.Case.ID)
		switch r.Status {
		case jurisdiction.Pass:
			pass++
			line += ": " + r.Got
		case jurisdiction.Fail:
			fail++
			status = exitInput
			line += ": " + r.Diff()
		case jurisdiction.NotReproducible:
			unrepro++
			line += ": " + r.Diff()
		}
		fmt.Fprintf(stdout, "%s (%s)\n", line, r.Case.Source.Clause)
	}
	fmt.Fprintf(stdout, "%s: %d cases, %d pass, %d fail, %d not reproducible\n", p.ID, pass+fail+unrepro, pass, fail, unrepro)
	return status
}
