package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/tralign/tralign/align/baseline"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/report"
)

// baselineFlags are --baseline and --write-baseline, which let CI fail on
// new findings only.
type baselineFlags struct {
	read, write string
}

func (b *baselineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.read, "baseline", "", "report only the findings the baseline `FILE` does not know (written by --write-baseline); the exit status follows those")
	fs.StringVar(&b.write, "write-baseline", "", "record today's findings in the baseline `FILE` (JSON, to commit) instead of reporting them, and exit 0")
}

// check refuses the two flags together.
func (b *baselineFlags) check() error {
	if b.read != "" && b.write != "" {
		return usageErr("--baseline and --write-baseline: give one; --write-baseline alone records every finding afresh")
	}
	return nil
}

// apply writes the baseline (written true: the command is done) or leaves
// out of res the findings the baseline knows and says so on stderr.
func (b *baselineFlags) apply(res *check.Result, stderr io.Writer) (written bool, err error) {
	if b.read == "" && b.write == "" {
		return false, nil
	}
	root, err := os.Getwd()
	if err != nil {
		return false, &exitError{code: 2, err: fmt.Errorf("baseline: %w", err)}
	}
	if b.write != "" {
		bf := baseline.New(res.Findings, root)
		if err := bf.WriteFile(b.write); err != nil {
			return false, usageErr("--write-baseline %s: cannot write there: %v", b.write, unwrapPath(err))
		}
		fmt.Fprintf(stderr, "tralign: wrote %s: %s (%s)\n", b.write, nOf(len(res.Findings), "finding"), nOf(len(bf.Findings), "fingerprint"))
		return true, nil
	}
	bf, err := baseline.ReadFile(b.read)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return false, usageErr("--baseline %s: no such file; write one with tralign check --write-baseline %s", b.read, b.read)
		}
		return false, usageErr("--baseline %s: %v", b.read, unwrapPath(err))
	}
	res.ApplyBaseline(bf, root)
	fmt.Fprintf(stderr, "tralign: baseline %s: %s hidden, %s fixed\n", b.read, nOf(res.Baseline.Hidden, "known finding"), nOf(res.Baseline.Fixed, "known finding"))
	return false, nil
}

// nOf returns "1 finding", "2 findings".
func nOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// stepSummary appends the Markdown summary of res to the file named by
// GITHUB_STEP_SUMMARY, when the format is github and the variable is set:
// the job's summary page then shows the counts and the findings.
func stepSummary(format report.Format, res *check.Result) error {
	name := os.Getenv("GITHUB_STEP_SUMMARY")
	if format.Name != "github" || name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)}
	}
	err = report.GitHubSummary(f, res)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("GITHUB_STEP_SUMMARY %s: %w", name, err)}
	}
	return nil
}
