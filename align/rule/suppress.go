package rule

// The rules about inline suppressions (tralign-ignore comments), reported
// by the step that applies them (package check). Their cases in
// testdata/<id>/ are pairs of versions checked with every rule.

// SuppressionInvalid and SuppressionUnused are the ids of the rules about
// suppressions, for the step that reports them.
const (
	SuppressionInvalid = "suppression-invalid"
	SuppressionUnused  = "suppression-unused"
)

var _ = register(&Rule{
	ID:       SuppressionInvalid,
	Group:    GroupSuppressions,
	Title:    "A tralign-ignore comment without a reason, or naming an unknown rule",
	Severity: Error,
	Doc: "Reports a suppression comment (<!-- tralign-ignore RULE: reason --> in Markdown and HTML, // tralign-ignore " +
		"in AsciiDoc, a line tralign-ignore in plain text) that gives no reason after a colon, names no rule, or names " +
		"a rule tralign does not have. Such a comment silences nothing, so that a misspelt rule id or a missing reason " +
		"cannot hide a finding; the message names the rule meant when the id is near one. Every suppression must say " +
		"why the finding is not a defect, for the next editor.",
	Driver: DriverSuppress,
})

var _ = register(&Rule{
	ID:       SuppressionUnused,
	Group:    GroupSuppressions,
	Title:    "A tralign-ignore comment that silenced nothing",
	Severity: Warning,
	Doc: "Reports a valid suppression comment none of whose rules reported anything in the block it applies to: the " +
		"defect was fixed, the comment stands before the wrong block, or the rule stopped finding it. A suppression in " +
		"a source is unused when it silenced nothing in any translation. Remove the comment so that it does not hide " +
		"a later defect. Suppressions whose rules are all switched off are not reported.",
	Driver: DriverSuppress,
})
