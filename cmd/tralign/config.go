package main

import (
	"errors"
	"io/fs"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/tralign/tralign/align/rule"
)

// defaultConfig is read from the working directory when --config is not
// given and the file exists.
const defaultConfig = ".tralign.toml"

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
//	url-mismatch = "off"
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

// loadConfig reads the config file named, or the default one if it
// exists; explicit names must exist.
func loadConfig(name string) (*config, string, error) {
	explicit := name != ""
	if !explicit {
		name = defaultConfig
	}
	var c config
	md, err := toml.DecodeFile(name, &c)
	switch {
	case err == nil:
	case !explicit && errors.Is(err, fs.ErrNotExist):
		return &config{}, "", nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, "", usageErr("--config %s: no such file; check the path", name)
	default:
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, "", usageErr("%s:%d: %s; fix the TOML syntax", name, pe.Position.Line, pe.Message)
		}
		return nil, "", usageErr("%s: %v", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		var keys []string
		for _, k := range und {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		return nil, "", usageErr("%s: unknown setting %s; the file takes fail-on, source, translations, layout, ignore and a [rules] table", name, strings.Join(keys, ", "))
	}
	return &c, name, nil
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
