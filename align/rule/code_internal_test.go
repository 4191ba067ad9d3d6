package rule

import "testing"

// TestCodeKey checks which code spans count as saying the same.
func TestCodeKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"go test", "go test", true},
		{" go test ", "go test", true},                            // spaces around
		{"go test", "go  test", false},                            // spaces inside
		{"http://localhost:5000/", "http://localhost:5000", true}, // trailing slash
		{"https://example.com/a", "http://example.com/a", true},   // the scheme
		{"https://example.com/a", "https://example.com/b", false},
		{"see https://example.com", "https://example.com", false}, // more than an address
		{"value", "valor", false},
	} {
		if got := codeKeyOf(tc.a) == codeKeyOf(tc.b); got != tc.same {
			t.Errorf("codeKeyOf(%q) == codeKeyOf(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
