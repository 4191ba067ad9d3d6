// Package baseline records the findings a check has today, so that a later
// check reports only the new ones. A project that adopts tralign on docs
// with known gaps writes a baseline once, commits it, and lets CI fail on
// gaps added after that.
//
// A finding is known by its fingerprint ([rule.Finding.Fingerprint]: rule,
// language, file, normalised evidence and message, never its line), so
// lines inserted above it do not make it new. A fingerprint seen n times
// when the baseline was written hides at most n findings later. Files are
// named relative to a root (the working directory), with forward slashes,
// so that a baseline written on one machine matches on another.
package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// Version is the version of the file format Write writes and Read takes.
const Version = 1

// File is a baseline: the fingerprints of the findings it knows, each with
// how many findings had it.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one fingerprint of a baseline. Rule, Lang, File and Message
// are there for people reading the file and its diffs; only Fingerprint
// and Count are used to match.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
	Rule        string `json:"rule"`
	Lang        string `json:"lang,omitempty"`
	File        string `json:"file,omitempty"`
	Message     string `json:"message"`
}

// Stats says what applying a baseline did.
type Stats struct {
	Hidden int `json:"hidden"` // findings the baseline knew, left out
	Fixed  int `json:"fixed"`  // findings the baseline knew that are gone
}

// Fingerprint returns the fingerprint of f with its file names made
// relative to root (when absolute and under it) and written with forward
// slashes. root "" leaves absolute names as they are.
func Fingerprint(f rule.Finding, root string) string {
	f.Source = relPos(f.Source, root)
	f.Target = relPos(f.Target, root)
	return f.Fingerprint()
}

func relPos(p *source.Position, root string) *source.Position {
	if p == nil {
		return nil
	}
	q := *p
	q.Filename = RelName(p.Filename, root)
	return &q
}

// RelName returns name as a baseline writes it: relative to root when it
// is absolute and root is not "", cleaned, with forward slashes.
func RelName(name, root string) string {
	if name == "" {
		return ""
	}
	if filepath.IsAbs(name) && root != "" {
		if r, err := filepath.Rel(root, name); err == nil && !strings.HasPrefix(r, "..") {
			name = r
		}
	}
	return filepath.ToSlash(filepath.Clean(name))
}

// New returns the baseline of findings; root is the directory file names
// are made relative to.
func New(findings []rule.Finding, root string) *File {
	byFP := map[string]*Entry{}
	for _, f := range findings {
		fp := Fingerprint(f, root)
		if e := byFP[fp]; e != nil {
			e.Count++
			continue
		}
		file := ""
		if f.Target != nil {
			file = f.Target.Filename
		} else if f.Source != nil {
			file = f.Source.Filename
		}
		byFP[fp] = &Entry{Fingerprint: fp, Count: 1, Rule: f.Rule, Lang: f.Lang, File: RelName(file, root), Message: f.Message}
	}
	b := &File{Version: Version, Findings: make([]Entry, 0, len(byFP))}
	for _, e := range byFP {
		b.Findings = append(b.Findings, *e)
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		if x.Message != y.Message {
			return x.Message < y.Message
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Write writes b as indented JSON, one entry a few lines, in the order New
// sorted them, so that the file diffs well.
func (b *File) Write(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Error is a baseline file that cannot be used: Msg says why and what to
// do.
type Error struct {
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// Read reads a baseline written by Write.
func Read(r io.Reader) (*File, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, &Error{Msg: fmt.Sprintf("not a baseline (%v); write one with tralign check --write-baseline FILE", err)}
	}
	if b.Version != Version {
		return nil, &Error{Msg: fmt.Sprintf("baseline version %d, this tralign reads version %d; write it again with tralign check --write-baseline FILE", b.Version, Version)}
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" || e.Count < 1 {
			return nil, &Error{Msg: fmt.Sprintf("entry %d has no fingerprint or a count below 1; write the baseline again with tralign check --write-baseline FILE", i+1)}
		}
	}
	return &b, nil
}

// Filter returns the findings b does not know, in their order, and how
// many it hid and how many of its findings are gone. Each fingerprint
// hides as many findings as its count; the first ones in order are the
// ones hidden.
func (b *File) Filter(findings []rule.Finding, root string) ([]rule.Finding, Stats) {
	left := map[string]int{}
	total := 0
	for _, e := range b.Findings {
		left[e.Fingerprint] += e.Count
		total += e.Count
	}
	var st Stats
	out := make([]rule.Finding, 0, len(findings))
	for _, f := range findings {
		fp := Fingerprint(f, root)
		if left[fp] > 0 {
			left[fp]--
			st.Hidden++
			continue
		}
		out = append(out, f)
	}
	st.Fixed = total - st.Hidden
	return out, st
}

// WriteFile writes b to name through a temporary file in the same
// directory renamed into place, so that an interrupted run leaves the old
// baseline whole.
func (b *File) WriteFile(name string) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	err = b.Write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return err
}

// ReadFile reads the baseline file name.
func ReadFile(name string) (*File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}
