package rule

import "testing"

// TestAround finds a number by its normalised key in the text it was read
// from and quotes the words around it.
func TestAround(t *testing.T) {
	tests := []struct {
		text, key string
		want      string
		ok        bool
	}{
		{"The talks began on 31 July 2023 in Geneva.", "2023", "…on 31 July 2023 in Geneva.", true},
		{"Примеры: 1.0.0+21AF26D3-117B344092BD.", "117b344092bd", "Примеры: 1.0.0+21AF26D3-117B344092BD.", true},
		{"costs 3,5 euros", "3.5", "costs 3,5 euros", true},
		{"no such number here", "42", "", false},
		{"1234 is not 123", "123", "1234 is not 123", true},
	}
	for _, tt := range tests {
		have, _, ok := around(tt.text, tt.key)
		if have != tt.want || ok != tt.ok {
			t.Errorf("around(%q, %q) = %q, %v; want %q, %v", tt.text, tt.key, have, ok, tt.want, tt.ok)
		}
	}
}
