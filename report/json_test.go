package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/tralign/tralign/align/check"
)

// TestJSONSchema checks the fields of the JSON of check one by one, as
// DESIGN.md gives them: other tools read them, so they are a contract.
func TestJSONSchema(t *testing.T) {
	raw := render(t, CommandCheck, "json", &Input{Check: fixture()}, tool)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	keys(t, "top level", out, "tool", "source", "versions", "findings", "summary")
	keys(t, "tool", out["tool"], "name", "version")
	keys(t, "source", out["source"], "lang", "file")
	for i, v := range out["versions"].([]any) {
		keys(t, "versions[]", v, "lang", "file", "blocks", "aligned")
		if i == 0 {
			want := map[string]any{"lang": "es", "file": "article.es.md", "blocks": 36.0, "aligned": 0.97}
			if !reflect.DeepEqual(v, want) {
				t.Errorf("versions[0] = %v, want %v", v, want)
			}
		}
	}
	findings := out["findings"].([]any)
	if len(findings) != len(fixture().Findings) {
		t.Fatalf("%d findings, want %d", len(findings), len(fixture().Findings))
	}
	for i, f := range findings {
		in := fixture().Findings[i]
		want := []string{"rule", "severity", "lang", "message", "evidence"}
		// A side with no place is left out, not written as null.
		if in.Source != nil {
			want = append(want, "source")
		}
		if in.Target != nil {
			want = append(want, "target")
		}
		keys(t, in.Rule, f, want...)
		m := f.(map[string]any)
		for _, side := range []string{"source", "target"} {
			if p, ok := m[side]; ok {
				keys(t, in.Rule+" "+side, p, "file", "line", "column")
			}
		}
		var ev []string
		if in.Evidence.Source != "" {
			ev = append(ev, "source")
		}
		if in.Evidence.Target != "" {
			ev = append(ev, "target")
		}
		keys(t, in.Rule+" evidence", m["evidence"], ev...)
		if m["severity"] != in.Severity.String() || m["message"] != in.Message || m["lang"] != in.Lang || m["rule"] != in.Rule {
			t.Errorf("finding %d = %v, want %+v", i, m, in)
		}
	}
	keys(t, "summary", out["summary"], "errors", "warnings", "infos")
	want := map[string]any{"errors": 7.0, "warnings": 3.0, "infos": 1.0}
	if !reflect.DeepEqual(out["summary"], want) {
		t.Errorf("summary = %v, want %v", out["summary"], want)
	}
	// The places of the first finding, 1-based lines and columns.
	f0 := findings[0].(map[string]any)
	if got, want := f0["target"], map[string]any{"file": "article.es.md", "line": 57.0, "column": 890.0}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings[0].target = %v, want %v", got, want)
	}
	// HTML metacharacters are written as they are: the JSON is not for
	// pasting into HTML, and \u003c would only hinder people reading it.
	if bytes.Contains(raw, []byte(`\u003c`)) || bytes.Contains(raw, []byte(`\u0026`)) {
		t.Errorf("HTML metacharacters are escaped:\n%s", raw)
	}
}

// TestJSONEmpty checks that a result with no finding has an empty list of
// findings and a zero summary, never null.
func TestJSONEmpty(t *testing.T) {
	var out map[string]any
	if err := json.Unmarshal(render(t, CommandCheck, "json", &Input{Check: &check.Result{}}, tool), &out); err != nil {
		t.Fatal(err)
	}
	if v, ok := out["versions"].([]any); !ok || len(v) != 0 {
		t.Errorf("versions = %#v, want []", out["versions"])
	}
	if f, ok := out["findings"].([]any); !ok || len(f) != 0 {
		t.Errorf("findings = %#v, want []", out["findings"])
	}
	if got, want := out["summary"], map[string]any{"errors": 0.0, "warnings": 0.0, "infos": 0.0}; !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %v, want %v", got, want)
	}
}

// keys checks that v is an object with exactly the keys named.
func keys(t *testing.T, what string, v any, want ...string) {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		if len(want) == 0 && v == nil {
			return
		}
		t.Errorf("%s: %T, want an object", what, v)
		return
	}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: keys %v, want %v", what, got, want)
	}
}
