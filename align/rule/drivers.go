package rule

// The rules whose findings drivers report (see Rule.Driver). Their cases
// in testdata/<id>/ are small trees and small git histories, run through
// the driver.

var _ = register(&Rule{
	ID:       "translation-missing",
	Group:    GroupDocuments,
	Title:    "A source document has no translation in a language of the tree",
	Severity: Warning,
	Doc: "Reports a source document of a tree (a directory given to check) that has no translation in one of the " +
		"languages the tree has translations in (or that --translations names): the page is still to be translated. " +
		"The finding points at the first line of the source document. Languages with no translation of any document are " +
		"not languages of the tree; files left out with ignore globs count as absent.",
	Driver: DriverTree,
})

var _ = register(&Rule{
	ID:       "translation-orphan",
	Group:    GroupDocuments,
	Title:    "A translation whose source document does not exist",
	Severity: Warning,
	Doc: "Reports a translation in a tree whose source document does not exist: the source was removed or renamed and " +
		"the translation was left behind, so readers of that language see a page the source no longer has. The finding " +
		"points at the first line of the translation and gives the key its source would have (its path with the " +
		"language taken out).",
	Driver: DriverTree,
})

var _ = register(&Rule{
	ID:       "source-changed",
	Group:    GroupHistory,
	Title:    "A source block changed since the translation was made",
	Severity: Warning,
	Doc: "Reports a source block (paragraph, heading, list item, footnote...) that changed since the translation was made " +
		"(check --drift, or tralign drift): the translation of it needs updating. The message lists the words inserted and " +
		"deleted and the commits that changed the block; the evidence shows the word diff. Changes of white space, line " +
		"wrapping, punctuation and markup alone in prose are ignored. The base is the source_commit or translation_of " +
		"field of the translation's front matter, --since, or the commit that last changed the translation.",
	Driver: DriverDrift,
})

var _ = register(&Rule{
	ID:       "source-added",
	Group:    GroupHistory,
	Title:    "A source block was added since the translation was made",
	Severity: Warning,
	Doc: "Reports a source block added since the translation was made: the translation lacks it. The finding points at " +
		"the new block in the source and at the place in the translation where its translation belongs (after the " +
		"translation of the block before it).",
	Driver: DriverDrift,
})

var _ = register(&Rule{
	ID:       "source-removed",
	Group:    GroupHistory,
	Title:    "A source block the translation renders was removed since",
	Severity: Warning,
	Doc: "Reports a source block the translation renders that was removed from the source since the translation was " +
		"made: the translation still says something the source no longer says. The finding points at the place in the " +
		"source where the block stood and at the translation's block. Removed blocks the translation never had are " +
		"not reported.",
	Driver: DriverDrift,
})
