package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/rule"
)

// defaultConfig says, for --help, where the config file is looked for
// when --config is not given (see findConfig).
const defaultConfig = "tralign.toml or .tralign.toml in the working directory or the nearest parent, up to the repository root,"

// configNames are the names a config file may have; one directory may
// hold only one of them.
var configNames = []string{"tralign.toml", ".tralign.toml"}

// config is the file that switches rules off or re-grades them, and says
// how to read trees of documents:
//
//	fail-on = "warning"
//	source = "en"                      # the source language
//	translations = ["es", "ru"]        # the languages of a tree to check
//	layout = "content/{lang}/{path}"   # the layout of a tree
//	ignore = ["**/drafts/**", "content/*/legal.md"]  # paths of a tree left out
//
//	[rules]
//	url-mismatch = "none"              # switched off ("off" is an alias)
//	length-mismatch = "info"
//
// The flags win over the file; ignore globs are relative to each tree.
type config struct {
	FailOn       string            `toml:"fail-on"`
	Source       string            `toml:"source"`
	Translations []string          `toml:"translations"`
	Layout       string            `toml:"layout"`
	Ignore       []string          `toml:"ignore"`
	Rules        map[string]string `toml:"rules"`
}

// configKeys are the keys the file takes at the top level.
var configKeys = []string{"fail-on", "source", "translations", "layout", "ignore", "rules"}

// loadConfig reads the config file named, or the one findConfig finds
// from the working directory; an explicit name must exist. It returns the
// config and the name of the file read ("" for none).
func loadConfig(name string) (*config, string, error) {
	if name == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, "", &exitError{code: 2, err: fmt.Errorf("config: %w", err)}
		}
		found, err := findConfig(wd)
		if err != nil {
			return nil, "", err
		}
		if found == "" {
			return &config{}, "", nil
		}
		name = found
		if rel, err := filepath.Rel(wd, found); err == nil {
			name = rel
		}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", usageErr("--config %s: no such file; check the path", name)
		}
		return nil, "", usageErr("%s: %v", name, unwrapPath(err))
	}
	c, err := parseConfig(name, string(data))
	if err != nil {
		return nil, "", err
	}
	return c, name, nil
}

// findConfig looks for a config file in dir, then in each parent up to
// the first directory holding .git (the root of the repository) or the
// root of the file system. It returns "" when there is none, and an error
// when one directory holds both names.
func findConfig(dir string) (string, error) {
	for {
		var have []string
		for _, n := range configNames {
			if st, err := os.Stat(filepath.Join(dir, n)); err == nil && !st.IsDir() {
				have = append(have, filepath.Join(dir, n))
			}
		}
		switch len(have) {
		case 1:
			return have[0], nil
		case 2:
			return "", usageErr("%s and %s: two config files in one directory; keep one of them", have[0], have[1])
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// typeErr matches what the toml package says of a value of the wrong type:
// "toml: line 3 (last key "rules.x"): incompatible types: ...".
var typeErr = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// parseConfig decodes the text of the config file name and checks every
// key and value, naming the line of a mistake and the key meant when a
// name is misspelt.
func parseConfig(name, text string) (*config, error) {
	var c config
	md, err := toml.Decode(text, &c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, usageErr("%s:%d: %s; fix the TOML syntax", name, pe.Position.Line, pe.Message)
		}
		if m := typeErr.FindStringSubmatch(err.Error()); m != nil {
			return nil, usageErr("%s:%s: %s: %s", name, m[1], m[2], m[3])
		}
		return nil, usageErr("%s: %v", name, err)
	}
	lines := keyLines(text)
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		for _, u := range und[1:] {
			if lines[u.String()] < lines[k.String()] {
				k = u
			}
		}
		hint := "the file takes fail-on, source, translations, layout, ignore and a [rules] table"
		if m := closest(k.String(), configKeys); m != "" {
			hint = fmt.Sprintf("did you mean %s?", m)
		}
		return nil, usageErr("%s:%d: %s: unknown setting; %s", name, lines[k.String()], k, hint)
	}
	if c.FailOn != "" {
		if _, err := rule.ParseSeverity(c.FailOn); err != nil {
			return nil, usageErr("%s:%d: fail-on: %v", name, lines["fail-on"], err)
		}
	}
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return lines["rules."+ids[i]] < lines["rules."+ids[j]] })
	all := rule.All()
	for _, id := range ids {
		line := lines["rules."+id]
		if rule.ByID(all, id) == nil {
			hint := "tralign rules lists them"
			if m := closest(id, ruleIDs(all)); m != "" {
				hint = fmt.Sprintf("did you mean %s?", m)
			}
			return nil, usageErr("%s:%d: [rules] %s: unknown rule; %s", name, line, id, hint)
		}
		if _, err := rule.ParseSeverity(c.Rules[id]); err != nil {
			return nil, usageErr("%s:%d: [rules] %s: %v", name, line, id, err)
		}
	}
	return &c, nil
}

// keyLines returns the line of each key of a TOML text, by its dotted
// name ("fail-on", "rules.url-mismatch"): the toml package does not say
// where a key stands. Only the shapes a config file takes are known:
// [table] headers and key = value lines.
func keyLines(text string) map[string]int {
	out := map[string]int{}
	table := ""
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") && !strings.HasPrefix(l, "[[") {
			if end := strings.Index(l, "]"); end > 0 {
				table = unquoteKey(l[1:end])
				if _, ok := out[table]; !ok {
					out[table] = i + 1
				}
			}
			continue
		}
		k, _, ok := strings.Cut(l, "=")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		k = unquoteKey(k)
		if table != "" {
			k = table + "." + k
		}
		if _, ok := out[k]; !ok {
			out[k] = i + 1
		}
	}
	return out
}

// unquoteKey trims a key and drops its quotes: "\"a\"" is a.
func unquoteKey(k string) string {
	return strings.Trim(strings.TrimSpace(k), `"'`)
}

// closest returns the candidate nearest to s when it is near enough to be
// a slip (an edit or two, or a third of a long name), else "".
func closest(s string, candidates []string) string {
	best, bestD := "", 0
	for _, c := range candidates {
		d := feature.EditDistance(s, c)
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(maxSlipEdits, len(s)/slipShare) {
		return ""
	}
	return best
}

// A name within maxSlipEdits edits of a known one, or within a
// slipShare-th of its length, is taken for a misspelling of it: two edits
// catch a doubled or dropped letter and a swap; a third of a long rule id
// catches a wrong word ending ("footnote-numbered").
const (
	maxSlipEdits = 2
	slipShare    = 3
)

// ruleIDs returns the ids of rules.
func ruleIDs(rules []*rule.Rule) []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}

// apply merges the config's rule severities into cfg; file names the
// config file in messages.
func (c *config) apply(file string, rules []*rule.Rule, cfg rule.Config) error {
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if rule.ByID(rules, id) == nil {
			return usageErr("%s: [rules] %s: unknown rule; tralign rules lists them", file, id)
		}
		sev, err := rule.ParseSeverity(c.Rules[id])
		if err != nil {
			return usageErr("%s: [rules] %s: %v", file, id, err)
		}
		cfg[id] = sev
	}
	return nil
}
