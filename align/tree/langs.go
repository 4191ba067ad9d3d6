package tree

import "strings"

// iso6391 holds the 184 two-letter codes of ISO 639-1 (2023 list, "sh"
// included as it still names folders of old sites).
var iso6391 = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs " +
		"ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy " +
		"ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv " +
		"ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi " +
		"mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps " +
		"pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta " +
		"te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := make(map[string]bool)
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// scripts are the ISO 15924 subtags seen after a language code in file and
// folder names (zh-Hans, sr-Latn).
var scripts = map[string]string{"hans": "Hans", "hant": "Hant", "latn": "Latn", "cyrl": "Cyrl", "arab": "Arab"}

// LangCode reports whether s is a language code as trees write them (see
// the package documentation) and returns it in canonical form: "pt-BR" of
// "pt_br".
func LangCode(s string) (string, bool) { return langCode(s) }

// langCode reports whether s, a path segment or part of a file name, is a
// language code: an ISO 639-1 code, alone or followed by "-" or "_" and a
// region (two letters or three digits) or a script, in any case. It
// returns the code in its canonical form: "es", "pt-BR", "zh-Hans", "es-419".
func langCode(s string) (string, bool) {
	if len(s) < 2 {
		return "", false
	}
	base := strings.ToLower(s[:2])
	if !iso6391[base] || !isASCIILetter(s[0]) || !isASCIILetter(s[1]) {
		return "", false
	}
	if len(s) == 2 {
		return base, true
	}
	if s[2] != '-' && s[2] != '_' {
		return "", false
	}
	sub := s[3:]
	switch {
	case len(sub) == 2 && isASCIILetter(sub[0]) && isASCIILetter(sub[1]):
		return base + "-" + strings.ToUpper(sub), true
	case len(sub) == 3 && isDigit(sub[0]) && isDigit(sub[1]) && isDigit(sub[2]):
		return base + "-" + sub, true
	case len(sub) == 4:
		if sc, ok := scripts[strings.ToLower(sub)]; ok {
			return base + "-" + sc, true
		}
	}
	return "", false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
