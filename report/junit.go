package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

var _ = register(Format{Command: CommandCheck, Name: "junit", Write: jUnit})

// jUnit writes the findings as a JUnit XML report for CI systems that show test
// results: one test suite per translation, one failed test case per
// finding (its type is the severity), and one passing case for a
// translation with no finding.
func jUnit(w io.Writer, in *Input, o Options) error {
	r := in.Check
	out := junitSuites{Name: o.Tool.Name}
	if r.Tree != nil {
		out.Suites = treeSuites(r, o.Tool.Name)
		for _, s := range out.Suites {
			out.Tests += s.Tests
			out.Failures += s.Failures
		}
		return writeJUnit(w, out)
	}
	versions := append([]check.Version(nil), r.Versions...)
	known := map[string]bool{}
	for _, v := range versions {
		known[v.Lang] = true
	}
	// Findings about the source itself (its own numbering, say) get a suite
	// of their own.
	for _, f := range r.Findings {
		if !known[f.Lang] {
			known[f.Lang] = true
			file := r.Source.File
			if f.Lang != r.Source.Lang {
				file = ""
			}
			versions = append(versions, check.Version{Lang: f.Lang, File: file})
		}
	}
	for _, v := range versions {
		s := junitSuite{Name: fmt.Sprintf("%s (%s)", v.File, v.Lang)}
		for _, f := range r.Findings {
			if f.Lang != v.Lang {
				continue
			}
			s.Cases = append(s.Cases, junitFinding(f))
			s.Failures++
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: "check " + v.File, ClassName: o.Tool.Name})
		}
		s.Tests = len(s.Cases)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Suites = append(out.Suites, s)
	}
	return writeJUnit(w, out)
}

// junitFinding is a finding as a failed test case.
func junitFinding(f rule.Finding) junitCase {
	place := "-"
	if f.Target != nil {
		place = f.Target.String()
	} else if f.Source != nil {
		place = f.Source.String()
	}
	text := f.Message
	if f.Source != nil {
		text += "\nsource: " + f.Source.String()
	}
	if f.Target != nil {
		text += "\ntranslation: " + f.Target.String()
	}
	if ev := evidence(f.Evidence); ev != "" {
		text += "\n" + ev
	}
	return junitCase{
		Name: place + " " + f.Rule, ClassName: f.Rule,
		Failure: &junitFailure{Message: f.Message, Type: f.Severity.String(), Text: text},
	}
}

// treeSuites makes a suite of each file of a tree: one per translation
// checked, in order, then one per other file with findings (a source, an
// orphan), each finding in the suite of the file it is listed under.
func treeSuites(r *check.Result, tool string) []junitSuite {
	var suites []junitSuite
	index := map[string]int{}
	for _, v := range r.Versions {
		if _, ok := index[v.File]; !ok {
			index[v.File] = len(suites)
			suites = append(suites, junitSuite{Name: fmt.Sprintf("%s (%s)", v.File, v.Lang)})
		}
	}
	for _, f := range r.Findings {
		file := check.FileOf(&f)
		i, ok := index[file]
		if !ok {
			lang := f.Lang
			if f.Target == nil {
				lang = r.Tree.SourceLang
			}
			i = len(suites)
			index[file] = i
			suites = append(suites, junitSuite{Name: fmt.Sprintf("%s (%s)", file, lang)})
		}
		suites[i].Cases = append(suites[i].Cases, junitFinding(f))
		suites[i].Failures++
	}
	for i := range suites {
		s := &suites[i]
		if len(s.Cases) == 0 {
			file, _, _ := strings.Cut(s.Name, " (")
			s.Cases = append(s.Cases, junitCase{Name: "check " + file, ClassName: tool})
		}
		s.Tests = len(s.Cases)
	}
	return suites
}

func writeJUnit(w io.Writer, out junitSuites) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
