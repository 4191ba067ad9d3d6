package main

import (
	"fmt"
	"io"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/report"
)

// cmdHelp prints the list of commands, or the page of one rule.
func cmdHelp(args []string, stdout io.Writer) error {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, usage)
		return nil
	case 1:
	default:
		return usageErr("help takes one rule id (got %d arguments); tralign rules lists them", len(args))
	}
	all := rule.All()
	r := rule.ByID(all, args[0])
	if r == nil {
		hint := "tralign rules lists them"
		if m := closest(args[0], ruleIDs(all)); m != "" {
			hint = fmt.Sprintf("did you mean %s? (tralign rules lists them)", m)
		}
		return usageErr("help %s: no such rule; %s", args[0], hint)
	}
	if err := report.RuleHelp(stdout, r); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("write output: %w", err)}
	}
	return nil
}
