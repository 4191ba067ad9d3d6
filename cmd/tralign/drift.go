package main

import (
	"io"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/report"
)

// driftRules returns the rules the drift driver reports.
func driftRules() []*rule.Rule {
	var out []*rule.Rule
	for _, r := range rule.All() {
		if r.Driver == rule.DriverDrift {
			out = append(out, r)
		}
	}
	return out
}

func cmdDrift(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("drift", "drift [flags] [PATH...]", stderr)
	var c common
	c.register(fs, report.CommandDrift)
	c.registerFilter(fs)
	failOn := fs.String("fail-on", "", "exit 1 when a finding reaches this `severity`: error, warning, info or none (default error, or the config file's)")
	since := fs.String("since", "", "compare from this git `REV` instead of the revision each translation was made from")
	var base baselineFlags
	base.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandDrift)
	if err != nil {
		return err
	}
	if err := base.check(); err != nil {
		return err
	}
	rules, opts, threshold, err := c.ruleSettings(*failOn, "", "", driftRules())
	if err != nil {
		return err
	}
	defer c.guard(paths, stderr, e)()
	opts.Drift, opts.Since = true, *since
	prog := newProgress(stderr, e)
	res, err := c.checkPaths(paths, opts, prog, ".", func(src *doc.Document, targets []*doc.Document) (*check.Result, error) {
		res := &check.Result{Source: check.Side{Lang: src.Lang, File: src.File.Name}}
		if err := check.Drift(res, src, targets, opts); err != nil {
			return nil, err
		}
		return res, nil
	})
	prog.done()
	if err != nil {
		return err
	}
	c.unguard()
	if written, err := base.apply(res, stderr); written || err != nil {
		return err
	}
	return c.report(stdout, stderr, e, paths, format, res, rules, threshold)
}

func cmdStatus(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("status", "status [flags] [PATH...]", stderr)
	var c common
	c.register(fs, report.CommandStatus)
	since := fs.String("since", "", "compare from this git `REV` instead of the revision each translation was made from")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandStatus)
	if err != nil {
		return err
	}
	if _, _, err := c.config(); err != nil {
		return err
	}
	opts, err := c.options("")
	if err != nil {
		return err
	}
	defer c.guard(paths, stderr, e)()
	opts.Since = *since
	prog := newProgress(stderr, e)
	in, err := c.tree.inputs(paths, &c, nil, ".")
	if err != nil {
		return err
	}
	var all []*check.Status
	inputs := append([]string(nil), in.files...)
	for _, t := range in.trees {
		prog.say("reading the history of %s", t.Dir)
		st, err := check.TreeStatus(opts, t)
		if err != nil {
			prog.done()
			return treeErr(err)
		}
		all = append(all, st)
	}
	if len(in.files) > 0 {
		docs, err := c.read(in.files, opts)
		if err != nil {
			prog.done()
			return err
		}
		src, targets, err := pick(docs, opts.Source)
		if err != nil {
			prog.done()
			return err
		}
		prog.say("reading the history of %s", src.File.Name)
		st, err := check.FilesStatus(src, targets, opts)
		if err != nil {
			prog.done()
			return checkErr(err)
		}
		all = append(all, st)
	}
	prog.done()
	return c.write(stdout, e, inputs, format, &report.Input{Status: check.MergeStatus(all...)})
}
