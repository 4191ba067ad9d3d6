package main

import (
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/report"
)

const targetUsage = "only the translation in `LANG` (an XLIFF file holds one translation language)"

// onlyTarget keeps the translations in lang ("" keeps all) and checks
// that a format holding one translation language gets one.
func onlyTarget(targets []*doc.Document, lang string, format report.Format) ([]*doc.Document, error) {
	if lang != "" {
		var kept, have []string
		var out []*doc.Document
		for _, d := range targets {
			have = append(have, check.LangOrUnknown(d.Lang))
			if d.Lang == lang {
				out = append(out, d)
				kept = append(kept, d.Lang)
			}
		}
		if len(kept) == 0 {
			return nil, usageErr("--target %s: no translation in %s; the translations are in %s", lang, lang, strings.Join(have, ", "))
		}
		targets = out
	}
	if format.Name == "xliff" {
		var langs []string
		for _, d := range targets {
			langs = append(langs, d.Lang)
		}
		if err := report.XLIFFLangs(langs); err != nil {
			return nil, usageErr("--format xliff: %v; choose one with --target LANG", err)
		}
	}
	return targets, nil
}
