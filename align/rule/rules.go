package rule

// All returns every rule, in the order they are documented.
func All() []*Rule {
	return []*Rule{
		paragraphMissing,
		paragraphExtra,
		paragraphMerged,
		paragraphSplit,
		headingMismatch,
		versionTruncated,
		footnoteMisnumbered,
		footnoteRefMissing,
		footnoteRefExtra,
		footnoteUndefined,
		footnoteUnreferenced,
		footnoteDefMissing,
		footnoteDefExtra,
		footnoteSequence,
		citationDuplicated,
		citationMissing,
		citationExtra,
		sentenceMissing,
		sentenceExtra,
		lengthMismatch,
		numberMismatch,
		urlMismatch,
		untranslated,
		wrongLanguage,
	}
}
