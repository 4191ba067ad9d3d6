package report

import (
	"io"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// SARIF 2.1.0, the subset tralign writes. Columns are Unicode code
// points, as tralign counts them, and the run says so (columnKind).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	// PartialFingerprints lets code scanning follow a finding across
	// edits: see rule.Finding.Fingerprint.
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

func sarifLevel(s rule.Severity) string {
	switch s {
	case rule.Error:
		return "error"
	case rule.Warning:
		return "warning"
	}
	return "note"
}

func sarifLoc(p *source.Position, id int, msg string) sarifLocation {
	l := sarifLocation{ID: id, PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: sarifArtifact{URI: p.Filename},
		Region:           sarifRegion{StartLine: p.Line, StartColumn: p.Column},
	}}
	if msg != "" {
		l.Message = &sarifMessage{Text: msg}
	}
	return l
}

var _ = register(Format{Command: CommandCheck, Name: "sarif", Write: sarif})

// sarif writes the findings as a SARIF 2.1.0 log for code-scanning tools. Each result
// is located in the translation (in the source when it has no place in the
// translation); the source place, when there is one, is a related
// location. rules describes every rule, so that a viewer can show its doc.
func sarif(w io.Writer, in *Input, o Options) error {
	r, rules := in.Check, in.Rules
	driver := sarifDriver{Name: o.Tool.Name, Version: o.Tool.Version, InformationURI: "https://github.com/tralign/tralign", Rules: []sarifRule{}}
	index := map[string]int{}
	for i, ru := range rules {
		index[ru.ID] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   ru.ID,
			ShortDescription:     sarifMessage{Text: ru.Title},
			FullDescription:      sarifMessage{Text: ru.Doc},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(ru.Severity)},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, f := range r.Findings {
		res := sarifResult{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity), Message: sarifMessage{Text: f.Message + evidenceSuffix(f)},
			PartialFingerprints: map[string]string{"tralign/v1": f.Fingerprint()},
			Properties:          map[string]any{"lang": f.Lang}}
		switch {
		case f.Target != nil:
			res.Locations = []sarifLocation{sarifLoc(f.Target, 0, "")}
			if f.Source != nil {
				res.RelatedLocations = []sarifLocation{sarifLoc(f.Source, 1, "the source")}
			}
		case f.Source != nil:
			res.Locations = []sarifLocation{sarifLoc(f.Source, 0, "")}
		default:
			res.Locations = []sarifLocation{}
		}
		run.Results = append(run.Results, res)
	}
	return writeJSON(w, sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}
