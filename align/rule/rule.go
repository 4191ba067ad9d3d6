// Package rule defines the checks tralign runs over an alignment and the
// findings they report.
//
// A [Rule] is a declared value: a stable kebab-case id, a default
// severity, a one-paragraph doc and an example pair of texts that
// triggers it. Rules look at a [bitext.Pair] through a [Pass] and report
// findings; they never decide severity (the driver may re-grade a rule).
// Facts several rules need (which footnote markers correspond, where a
// version stops) are computed once per pair and shared.
//
// Some findings cannot come from one pair of versions: a translation that
// does not exist, or a source that changed since the translation was
// made. Their rules are declared here all the same, so that the rule list,
// the config file and SARIF know them, but they have a [Rule.Driver]
// instead of a Run function: the driver named there reports their
// findings (see [DriverTree], [DriverDrift] and [DriverSuppress]).
package rule

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/par"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// Severity grades a finding.
type Severity int

// Severities, from least to most severe. Off switches a rule off.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity parses "error", "warning", "info" or "none" (which
// switches a rule off; "off" is an alias).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "off", "none":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q; use error, warning, info or none", s)
}

// Evidence is the text a finding is about, short, on each side.
type Evidence struct {
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
}

// Finding is one gap found between a translation and its source.
type Finding struct {
	Rule     string
	Severity Severity
	Lang     string           // language of the version the finding is about
	Message  string           // what is wrong, lower-case, no final period
	Source   *source.Position // place in the source, nil if none
	Target   *source.Position // place in the translation, nil if none
	Evidence Evidence
}

// Example is a pair of texts on which a rule reports at least one finding.
type Example struct {
	Source, Target string // the source is English, the target Spanish unless TargetLang says otherwise
	TargetLang     string // language of Target; "" means "es"
	Markdown       bool   // the texts are Markdown, not plain text
	Cited          string // a document the source quotes (check --cited), for the quote rules; "" if none
}

// Rule is one check.
type Rule struct {
	ID       string   // stable kebab-case id, e.g. "footnote-misnumbered"
	Group    Group    // what it looks at; rules are listed by group
	Title    string   // one line, capitalised, no final period: "A footnote marker carries another number than the source's"
	Severity Severity // default severity
	Doc      string   // one paragraph: what it finds and when it stays silent
	Example  Example  // texts that trigger it

	// Run checks one aligned pair of versions. Findings about the
	// translation only: a defect the source has too is not the
	// translation's fault.
	Run func(*Pass)
	// RunSource, if set, checks the source version alone, once however
	// many translations there are: defects of the source itself.
	RunSource func(*SourcePass)

	// Driver, for a rule that no Pass can check, names what reports its
	// findings instead: DriverTree, DriverDrift or DriverSuppress. Such a rule has no Run,
	// RunSource or Example; its cases in testdata are run through the
	// driver. "" for the rules run on a Pass.
	Driver string

	// words says that Run asks for the word alignment (Pass.Words): a
	// check with spare processors starts learning it at once.
	words bool
}

// AlignsWords reports whether the rule reads the word alignment of the
// pair's sentences (Pass.Words). Learning it is the costliest part of the
// rules: a check whose rules all leave it unread never learns it.
func (r *Rule) AlignsWords() bool { return r.words }

// Drivers: what reports the findings of the rules that no Pass checks.
const (
	// DriverTree is the walk over a tree of documents (package check),
	// which knows which translations exist.
	DriverTree = "tree"
	// DriverDrift is the comparison of the source with its history (package
	// drift), which knows what changed since a translation was made.
	DriverDrift = "drift"
	// DriverSuppress is the step that applies the inline suppressions
	// (tralign-ignore comments) once the other rules have run (package
	// check), which knows what each suppression silenced.
	DriverSuppress = "suppress"
)

// Validate checks that r is well formed.
func (r *Rule) Validate() error {
	if r.ID == "" || strings.ToLower(r.ID) != r.ID || strings.ContainsAny(r.ID, " _") {
		return fmt.Errorf("rule %q: id must be kebab-case", r.ID)
	}
	if r.Severity < Info || r.Severity > Error {
		return fmt.Errorf("rule %s: default severity must be info, warning or error", r.ID)
	}
	if r.Title == "" || strings.HasSuffix(r.Title, ".") || strings.Contains(r.Title, "\n") {
		return fmt.Errorf("rule %s: title must be one line without a final period", r.ID)
	}
	if len(r.Doc) < 40 {
		return fmt.Errorf("rule %s: doc is missing or too short", r.ID)
	}
	switch r.Driver {
	case "":
	case DriverTree, DriverDrift, DriverSuppress:
		if r.Run != nil || r.RunSource != nil {
			return fmt.Errorf("rule %s: reported by the %s driver, so it has neither Run nor RunSource", r.ID, r.Driver)
		}
		return nil
	default:
		return fmt.Errorf("rule %s: unknown driver %q; use %q, %q or %q", r.ID, r.Driver, DriverTree, DriverDrift, DriverSuppress)
	}
	if r.Example.Source == "" || r.Example.Target == "" {
		return fmt.Errorf("rule %s: example is missing", r.ID)
	}
	if r.Run == nil && r.RunSource == nil {
		return fmt.Errorf("rule %s: neither Run nor RunSource", r.ID)
	}
	return nil
}

// Pass is what a rule sees: one aligned pair of versions.
type Pass struct {
	Pair  *bitext.Pair
	Cited []*doc.Document // the documents the article quotes (check --cited); nil if none
	facts *facts          // shared by the rules of one pair
	words *lazyWords      // shared by the rules of one pair
	lane  *lane           // shared by the rules run on one goroutine
	rule  *Rule
	out   *[]Finding // the running rule's findings
	cover *cover     // what they may explain or be explained by
}

// lazyWords holds the word alignment of a pair, learned the first time a
// rule asks for it (it costs a pass of EM over the document pair).
type lazyWords struct {
	once   sync.Once
	doc    *wordalign.Doc
	shared *Shared              // nil if none
	tk     *wordalign.Tokenizer // works out the tokens of the pair's translation
}

// Words returns the word alignment of the pair: a model learned from all
// its sentence and cited-work pairs, computed once per pair on first use.
func (p *Pass) Words() *wordalign.Doc {
	p.words.once.Do(func() {
		var src *wordalign.Tokens
		if p.words.shared != nil {
			src = p.words.shared.tokens()
		}
		p.words.doc = wordalign.FromPairTokens(p.Pair, src, wordalign.Options{Tokenizer: p.words.tk})
	})
	return p.words.doc
}

// Shared is what the checks of the translations of one source share,
// worked out once however many translations there are: the tokens of the
// source's sentences. It is safe for concurrent use.
type Shared struct {
	tokens func() *wordalign.Tokens
	lanes  int
}

// NewShared returns what the checks of the translations of src share,
// each part worked out when a check first needs it. Each check runs its
// rules on up to lanes goroutines: the processors the caller leaves to
// each translation.
func NewShared(src *doc.Document, lanes int) *Shared {
	return &Shared{tokens: sync.OnceValue(func() *wordalign.Tokens { return wordalign.NewTokens(src) }), lanes: lanes}
}

// Report records a finding of the running rule.
func (p *Pass) Report(f Finding) {
	f.Rule = p.rule.ID
	f.Severity = p.rule.Severity
	if f.Lang == "" {
		f.Lang = p.Pair.Target.Lang
	}
	*p.out = append(*p.out, f)
}

// SourcePos returns the position of a part of the text of source block bi.
func (p *Pass) SourcePos(bi int, text source.Span) *source.Position {
	return position(p.Pair.Source, bi, text)
}

// TargetPos returns the position of a part of the text of target block bi.
func (p *Pass) TargetPos(bi int, text source.Span) *source.Position {
	return position(p.Pair.Target, bi, text)
}

func position(d *doc.Document, bi int, text source.Span) *source.Position {
	b := d.Blocks[bi]
	sp := b.SourceSpan(text)
	pos := d.File.Position(sp.Start)
	return &pos
}

// SourcePass is what a rule's RunSource sees: the source version alone.
type SourcePass struct {
	Doc   *doc.Document
	Cited []*doc.Document // the documents the article quotes (check --cited); nil if none
	rule  *Rule
	out   *[]Finding
}

// Report records a finding about the source, in the source's language.
func (p *SourcePass) Report(f Finding) {
	f.Rule = p.rule.ID
	f.Severity = p.rule.Severity
	f.Lang = p.Doc.Lang
	f.Target = nil
	*p.out = append(*p.out, f)
}

// Pos returns the position of a part of the text of block bi.
func (p *SourcePass) Pos(bi int, text source.Span) *source.Position {
	return position(p.Doc, bi, text)
}

// Config re-grades or switches off rules by id.
type Config map[string]Severity

// Severity returns the severity cfg gives r: its own, or Off when it is
// switched off. Drivers grade the findings they report with it.
func (cfg Config) Severity(r *Rule) Severity {
	if s, ok := cfg[r.ID]; ok {
		return s
	}
	return r.Severity
}

// graded returns r with the severity cfg gives it, or nil if it is off.
func (cfg Config) graded(r *Rule) *Rule {
	sev := cfg.Severity(r)
	if sev == Off {
		return nil
	}
	if sev == r.Severity {
		return r // as it is: the rules are not changed, only read
	}
	rr := *r
	rr.Severity = sev
	return &rr
}

// Check runs rules over pair and returns the findings about the
// translation, sorted by place.
func Check(pair *bitext.Pair, rules []*Rule, cfg Config) []Finding {
	return CheckCited(pair, nil, rules, cfg)
}

// CheckCited is Check for an article that quotes the documents cited: the
// quote rules look its quotes up in them.
func CheckCited(pair *bitext.Pair, cited []*doc.Document, rules []*Rule, cfg Config) []Finding {
	return CheckShared(pair, cited, rules, cfg, nil)
}

// CheckShared is CheckCited for one of several translations of a source,
// sharing with the checks of the others what sh holds (made by
// NewShared(pair.Source, lanes)); sh nil means nothing is shared.
func CheckShared(pair *bitext.Pair, cited []*doc.Document, rules []*Rule, cfg Config, sh *Shared) []Finding {
	return CheckWith(pair, cited, rules, cfg, sh, nil)
}

// Memo is what the checks run on one goroutine remember from one pair to
// the next: the scores of the words the language identifier has met, and
// the keys of the words the word aligner has met. A docs tree says the
// same words in file after file. Both are bounded; remembering changes no
// result. The zero value is ready to use; a Memo is not safe for
// concurrent use.
type Memo struct {
	Identifier langid.Identifier
	Tokenizer  wordalign.Tokenizer
	// ruleTokens tokenises the texts the rules read; apart from
	// Tokenizer, which learning the word alignment uses, because the
	// rules hold its tokens across their calls.
	ruleTokens wordalign.Tokenizer
}

// CheckWith is CheckShared remembering words in memo (nil for a memo of
// its own). A caller that checks many pairs on one goroutine passes the
// same one.
//
// The rules run on the goroutines sh allows (one when sh is nil), each
// taking the next rule in order, those that ask for the word alignment
// last; with more than one, and a rule that asks for it, one of them
// learns the word alignment first.
// Each rule's findings are kept apart and joined in the order of the
// rules, so the result does not depend on which goroutine ran which rule.
// The memo serves the caller's goroutine.
func CheckWith(pair *bitext.Pair, cited []*doc.Document, rules []*Rule, cfg Config, sh *Shared, memo *Memo) []Finding {
	if memo == nil {
		memo = new(Memo)
	}
	var run []*Rule
	for _, r := range rules {
		if rr := cfg.graded(r); rr != nil && r.Run != nil {
			run = append(run, rr)
		}
	}
	fs := newFacts(pair)
	ws := &lazyWords{shared: sh, tk: &memo.Tokenizer}
	outs := make([][]Finding, len(run))
	covers := make([]cover, len(run))
	do := func(k int, l *lane) {
		run[k].Run(&Pass{Pair: pair, Cited: cited, facts: fs, words: ws, lane: l, rule: run[k], out: &outs[k], cover: &covers[k]})
	}
	lanes := 1
	if sh != nil {
		lanes = max(1, min(sh.lanes, len(run)))
	}
	// The lanes take the rules in order, those that ask for the word
	// alignment last, so that no lane waits for it while rules that do
	// not need it are left.
	order := make([]int, 0, len(run))
	for pass := range 2 {
		for k, r := range run {
			if r.words == (pass == 1) {
				order = append(order, k)
			}
		}
	}
	learnWords := lanes > 1 && slices.ContainsFunc(run, func(r *Rule) bool { return r.words })
	// The caller's goroutine is the first lane, with the memo; each other
	// lane has caches of its own.
	par.EachOn(len(order), lanes, func(w int) func(int) {
		l := &lane{ids: &memo.Identifier, tk: &memo.ruleTokens}
		if w > 0 {
			l = &lane{ids: new(langid.Identifier), tk: new(wordalign.Tokenizer)}
		}
		if w == 1 && learnWords {
			// The word alignment takes longest and is the same whichever
			// rule asks first: one lane learns it at once, beside the
			// rules that do not need it, then takes rules like the others.
			(&Pass{Pair: pair, facts: fs, words: ws}).alignUnits()
		}
		return func(k int) { do(order[k], l) }
	})
	out := joinCovered(outs, covers)
	Sort(out)
	return dedupe(out)
}

// CheckSource runs the rules that look at the source alone over src and
// returns its findings, sorted by place. Run it once per source, however
// many translations are checked against it.
func CheckSource(src *doc.Document, rules []*Rule, cfg Config) []Finding {
	return CheckSourceCited(src, nil, rules, cfg)
}

// CheckSourceCited is CheckSource for an article that quotes the
// documents cited.
func CheckSourceCited(src *doc.Document, cited []*doc.Document, rules []*Rule, cfg Config) []Finding {
	var out []Finding
	for _, r := range rules {
		if rr := cfg.graded(r); rr != nil && r.RunSource != nil {
			r.RunSource(&SourcePass{Doc: src, Cited: cited, rule: rr, out: &out})
		}
	}
	Sort(out)
	return dedupe(out)
}

// Sort orders findings by target file and line, then source line, rule.
func Sort(fs []Finding) {
	line := func(p *source.Position) (string, int, int) {
		if p == nil {
			return "", 0, 0
		}
		return p.Filename, p.Line, p.Column
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Lang != b.Lang {
			return a.Lang < b.Lang
		}
		af, al, ac := line(a.Target)
		bf, bl, bc := line(b.Target)
		if a.Target == nil {
			af, al, ac = line(a.Source)
		}
		if b.Target == nil {
			bf, bl, bc = line(b.Source)
		}
		if af != bf {
			return af < bf
		}
		if al != bl {
			return al < bl
		}
		if ac != bc {
			return ac < bc
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 && sameFinding(f, fs[i-1]) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func sameFinding(a, b Finding) bool {
	eq := func(x, y *source.Position) bool {
		if x == nil || y == nil {
			return x == y
		}
		return *x == *y
	}
	return a.Rule == b.Rule && a.Lang == b.Lang && a.Message == b.Message && eq(a.Source, b.Source) && eq(a.Target, b.Target)
}

// Suggest returns the id of the rule among rules nearest to id when id
// looks like a misspelling of it (an edit or two, or a third of a long
// id), else "".
func Suggest(rules []*Rule, id string) string {
	best, bestD := "", 0
	for _, r := range rules {
		if d := feature.EditDistance(id, r.ID); best == "" || d < bestD {
			best, bestD = r.ID, d
		}
	}
	if best == "" || bestD > max(maxSlipEdits, len(id)/slipShare) {
		return ""
	}
	return best
}

// An id within maxSlipEdits edits of a rule's, or within a slipShare-th
// of its length, is taken for a misspelling of it: two edits catch a
// doubled, dropped or swapped letter, a third of a long id a wrong word
// ending ("footnote-numbered" for "footnote-misnumbered").
const (
	maxSlipEdits = 2
	slipShare    = 3
)

// ByID returns the rule with id, or nil.
func ByID(rules []*Rule, id string) *Rule {
	for _, r := range rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}
