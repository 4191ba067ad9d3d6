package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSARIFSchema checks the log against the SARIF 2.1.0 JSON schema
// shipped beside the repository: types, required properties, enums and
// references (the keywords the schema uses for the parts tralign writes).
func TestSARIFSchema(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(render(t, CommandCheck, "sarif", &Input{Check: fixture(), Rules: fixtureRules()}, tool), &doc); err != nil {
		t.Fatal(err)
	}
	v := validator{root: schema}
	v.check(schema, doc, "$")
	for _, e := range v.errs {
		t.Error(e)
	}
	// The validator itself must catch a broken log.
	res := doc.(map[string]any)["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	res["level"] = "fatal"
	delete(res, "message")
	bad := validator{root: schema}
	bad.check(schema, doc, "$")
	if len(bad.errs) != 2 {
		t.Errorf("a log with a bad level and no message gave %d errors, want 2: %q", len(bad.errs), bad.errs)
	}
}

type validator struct {
	root map[string]any
	errs []string
}

func (v *validator) check(s map[string]any, x any, path string) {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/definitions/")
		def, ok := v.root["definitions"].(map[string]any)[name].(map[string]any)
		if !ok {
			v.errs = append(v.errs, fmt.Sprintf("%s: unknown $ref %s", path, ref))
			return
		}
		v.check(def, x, path)
		return
	}
	if typ, ok := s["type"].(string); ok && !hasType(x, typ) {
		v.errs = append(v.errs, fmt.Sprintf("%s: want %s, have %T", path, typ, x))
		return
	}
	if enum, ok := s["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			if e == x {
				found = true
			}
		}
		if !found {
			v.errs = append(v.errs, fmt.Sprintf("%s: %v not in %v", path, x, enum))
		}
	}
	switch x := x.(type) {
	case map[string]any:
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					v.errs = append(v.errs, fmt.Sprintf("%s: required property %q missing", path, r))
				}
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, val := range x {
			if ps, ok := props[k].(map[string]any); ok {
				v.check(ps, val, path+"."+k)
			} else if props != nil && s["additionalProperties"] == false {
				v.errs = append(v.errs, fmt.Sprintf("%s: property %q not allowed", path, k))
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				v.check(items, e, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
}

func hasType(x any, typ string) bool {
	switch typ {
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "string":
		_, ok := x.(string)
		return ok
	case "integer":
		f, ok := x.(float64)
		return ok && f == float64(int64(f))
	case "number":
		_, ok := x.(float64)
		return ok
	case "boolean":
		_, ok := x.(bool)
		return ok
	}
	return true
}
