package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		desc, text, want string // want: "" for no error, else a part of it
	}{
		{desc: "empty", text: ""},
		{desc: "all keys", text: "fail-on = \"warning\"\nsource = \"en\"\ntranslations = [\"es\"]\nlayout = \"{lang}/{path}\"\nignore = [\"x/**\"]\n[rules]\nurl-mismatch = \"none\"\nlength-mismatch = \"off\"\n"},
		{desc: "quoted rule id", text: "[rules]\n\"url-mismatch\" = \"info\"\n"},
		{desc: "unknown key", text: "\n\nlayuot = \"x\"\n", want: "x.toml:3: layuot: unknown setting; did you mean layout?"},
		{desc: "unknown key in a table", text: "[trees]\nx = 1\n", want: "x.toml:1: trees: unknown setting"},
		{desc: "unknown rule", text: "[rules]\nurl-mismatch = \"none\"\nurl-mismatches = \"none\"\n", want: "x.toml:3: [rules] url-mismatches: unknown rule; did you mean url-mismatch?"},
		{desc: "bad severity", text: "[rules]\nurl-mismatch = \"quiet\"\n", want: "x.toml:2: [rules] url-mismatch: unknown severity \"quiet\""},
		{desc: "bad fail-on", text: "fail-on = \"all\"\n", want: "x.toml:1: fail-on: unknown severity"},
		{desc: "wrong type", text: "[rules]\nurl-mismatch = 1\n", want: "x.toml:2: rules.url-mismatch: incompatible types"},
		{desc: "syntax", text: "fail-on = \n", want: "x.toml:1: "},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			_, err := parseConfig("x.toml", tt.text)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"fail-on", "source", "layout", "rules", "footnote-misnumbered", "footnote-sequence"}
	tests := []struct{ in, want string }{
		{"fail_on", "fail-on"},
		{"rule", "rules"},
		{"footnote-numbered", "footnote-misnumbered"},
		{"sauce", "source"},
		{"colour", ""},
		{"x", ""},
	}
	for _, tt := range tests {
		if got := closest(tt.in, ids); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	mk := func(p string) {
		p = filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(p, string(filepath.Separator)) {
			if err := os.WriteFile(p, nil, 0o666); err != nil {
				t.Fatal(err)
			}
		}
	}
	mk("outer/tralign.toml")
	mk("outer/repo/.git/")
	mk("outer/repo/a/b/")
	mk("outer/repo2/.tralign.toml")
	mk("outer/repo2/a/")
	mk("both/tralign.toml")
	mk("both/.tralign.toml")
	tests := []struct{ dir, want, err string }{
		{dir: "outer/repo/a/b", want: ""}, // the repository root stops the search
		{dir: "outer/repo2/a", want: "outer/repo2/.tralign.toml"},
		{dir: "outer", want: "outer/tralign.toml"},
		{dir: "both", err: "two config files in one directory"},
	}
	for _, tt := range tests {
		got, err := findConfig(filepath.Join(root, filepath.FromSlash(tt.dir)))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.dir, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.dir, err)
			continue
		}
		if tt.want != "" {
			tt.want = filepath.Join(root, filepath.FromSlash(tt.want))
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.dir, got, tt.want)
		}
	}
}

func TestParseLimit(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"", 0, false},
		{"0", -1, false},
		{"1048576", 1 << 20, false},
		{"64MiB", 64 << 20, false},
		{"64 mib", 64 << 20, false},
		{"500KB", 500000, false},
		{"1.5k", 1536, false},
		{"2G", 2 << 30, false},
		{"100B", 100, false},
		{"lots", 0, true},
		{"-5", 0, true},
		{"MiB", 0, true},
		{"1e20", 0, true},
	}
	for _, tt := range tests {
		have, err := parseLimit("--max-file-size", tt.in)
		if (err != nil) != tt.wantErr || have != tt.want {
			t.Errorf("parseLimit(%q) = %d, %v; want %d, error %v", tt.in, have, err, tt.want, tt.wantErr)
		}
	}
}
