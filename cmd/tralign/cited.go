package main

import (
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
)

// citedFlag collects the files given with --cited, in order.
type citedFlag []string

func (f *citedFlag) String() string { return strings.Join(*f, ",") }

func (f *citedFlag) Set(s string) error {
	*f = append(*f, s)
	return nil
}

// readCited reads the documents named with --cited.
func readCited(names []string, opts check.Options) ([]*doc.Document, error) {
	var inputs []check.Input
	for _, name := range names {
		data, err := readInput(name)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, check.Input{Name: name, Data: data})
	}
	ds, err := check.ReadCited(inputs, opts)
	if err != nil {
		return nil, checkErr(err)
	}
	return ds, nil
}

// quoteRules returns the rules that check quotes.
func quoteRules(rules []*rule.Rule) []*rule.Rule {
	var out []*rule.Rule
	for _, r := range rules {
		if strings.HasPrefix(r.ID, "quote-") {
			out = append(out, r)
		}
	}
	return out
}
