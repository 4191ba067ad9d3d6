package rule

import "sort"

// Group says what a rule looks at; rules are listed group by group.
type Group int

// Groups, in the order rules are listed.
const (
	GroupBlocks       Group = iota // paragraphs, headings, the end of a version
	GroupFootnotes                 // footnote markers and definitions
	GroupCitations                 // the cited works of a footnote
	GroupSentences                 // sentences inside aligned blocks
	GroupValues                    // numbers, dates, links
	GroupLanguage                  // the language of the text
	GroupLists                     // list numbering
	GroupWords                     // the words inside aligned sentences: added, dropped, garbled, names, quotes
	GroupDocuments                 // the documents of a tree: translations missing or left over
	GroupHistory                   // what changed in the source since the translation
	GroupSuppressions              // the tralign-ignore comments themselves
)

var groupNames = [...]string{"blocks", "footnotes", "citations", "sentences", "values", "language", "lists", "words", "documents", "history", "suppressions"}

// String returns the lower-case name of g.
func (g Group) String() string {
	if g >= 0 && int(g) < len(groupNames) {
		return groupNames[g]
	}
	return "unknown"
}

// registry holds every rule, in the order the package declares them. It is
// filled while the package is initialised (see register) and never changed
// afterwards.
var registry []*Rule

// register adds r to the rules [All] returns. Each rule is declared in one
// file as `var x = register(&Rule{...})`, so that adding a rule touches that
// file and the rule's testdata only.
func register(r *Rule) *Rule {
	registry = append(registry, r)
	return r
}

// All returns every rule, group by group and in the order each group's
// file declares them. The slice is new on every call; the rules are shared
// and must not be changed.
func All() []*Rule {
	out := append([]*Rule(nil), registry...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Group < out[j].Group })
	return out
}
