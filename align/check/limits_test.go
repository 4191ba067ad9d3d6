package check

import (
	"errors"
	"strings"
	"testing"
)

func TestLongestLine(t *testing.T) {
	for _, tc := range []struct {
		in      string
		n, line int
	}{
		{"", 0, 0},
		{"abc", 3, 1},
		{"a\nbcd\nef", 3, 2},
		{"a\r\nbcd\r\nef\r\n", 3, 2},
		{"ab\rcdef\rg", 4, 2},
		{"ab\r\rcde\n", 3, 3},
	} {
		if n, line := longestLine([]byte(tc.in)); n != tc.n || line != tc.line {
			t.Errorf("longestLine(%q) = %d, %d, want %d, %d", tc.in, n, line, tc.n, tc.line)
		}
	}
}

func TestLimits(t *testing.T) {
	en := "The talks began in July. Lavrov met Kissinger.\n\nA second paragraph about Washington.\n"
	es := "Las conversaciones empezaron en julio. Lavrov se reunió con Kissinger.\n\nUn segundo párrafo sobre Washington.\n"
	two := []Input{{Name: "a.en.txt", Data: []byte(en)}, {Name: "a.es.txt", Data: []byte(es)}}
	for _, tc := range []struct {
		limits Limits
		want   string
	}{
		{Limits{MaxFileSize: 50}, "MaxFileSize"},
		{Limits{MaxLineLength: 40}, "MaxLineLength"},
		{Limits{MaxVersions: 1}, "MaxVersions"},
		{Limits{MaxFileSize: -1, MaxLineLength: -1, MaxVersions: -1}, ""},
		{Limits{}, ""},
	} {
		_, err := Run(two, Options{Limits: tc.limits})
		var ce *Error
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("limits %+v: %v", tc.limits, err)
		case tc.want != "" && (!errors.As(err, &ce) || ce.Limit != tc.want):
			t.Errorf("limits %+v: error %v, want one of limit %s", tc.limits, err, tc.want)
		case tc.want != "" && !strings.Contains(ce.Msg, "raise the limit"):
			t.Errorf("limits %+v: message %q does not say what to do", tc.limits, ce.Msg)
		}
	}
}

// TestLimitsMessageUnits checks that a refusal names sizes in the binary
// units the limits are given in on the command line (64MiB).
func TestLimitsMessageUnits(t *testing.T) {
	big := strings.Repeat("The talks began in July.\n", (3<<19)/25+1)
	ins := []Input{{Name: "big.en.txt", Data: []byte(big)}, {Name: "big.es.txt", Data: []byte(big)}}
	_, err := Run(ins, Options{Limits: Limits{MaxFileSize: 1 << 20}})
	want := "big.en.txt: 1.5 MiB, more than the 1.0 MiB a check takes for one file"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one saying %q", err, want)
	}
}
