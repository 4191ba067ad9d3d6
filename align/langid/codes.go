package langid

import "strings"

// iso639_1 holds the two-letter codes of ISO 639-1.
var iso639_1 = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
		da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io
		is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
		nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
		st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`) {
		m[c] = true
	}
	return m
}()

// IsCode reports whether s is a language code as file names, folders,
// hosts and links write them: an ISO 639-1 code, alone or with a region or
// script ("es", "pt-BR", "pt_br", "es-419", "zh-Hans"), in any case.
func IsCode(s string) bool {
	s = strings.ToLower(s)
	lang, rest, found := strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	if !iso639_1[lang] {
		return false
	}
	if !found {
		return true
	}
	switch {
	case len(rest) == 2 && isAlpha(rest): // a region: BR, MX
	case len(rest) == 3 && isDigits(rest): // a UN region: 419
	case len(rest) == 4 && isAlpha(rest): // a script: Hans, Latn
	default:
		return false
	}
	return true
}

// Base returns the ISO 639-1 code of a language code: "pt" of "pt-BR".
func Base(s string) string {
	s = strings.ToLower(s)
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

func isAlpha(s string) bool {
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
