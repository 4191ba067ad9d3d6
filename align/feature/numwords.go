package feature

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// numberWordLists are the numbers from two to twenty as texts write them
// out in words, one language a line, in order: a translation may write
// "12" where the source writes "twelve" ("the twelve-factor app",
// "l'application 12 facteurs"), and that is the same number. One is left
// out (it is also an article or a pronoun: "un", "una", "one"), and so
// are the forms written with a hyphen (those are read as two words).
var numberWordLists = []string{
	"two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
	"dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
	"deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize - - - vingt",
	"zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
	"due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti",
	"dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte",
}

// roundNumberWords are tens, hundreds and thousands written out, and
// Russian forms of the small numbers outside the lists' pattern.
var roundNumberWords = map[string]int{
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "mil": 1000,
	"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
	"dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
	"trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
	"trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100,
	"два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
	"пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
	"девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "сто": 100,
}

// numberStems are the stems of numbers in languages that inflect them
// (Russian, Ukrainian, Polish, Czech): a word starting with one of them is
// that number ("двенадцати", "dwunastu"). Each is long enough to start no
// other common word.
var numberStems = []struct {
	stem string
	n    int
}{
	{"одиннадцат", 11}, {"двенадцат", 12}, {"тринадцат", 13}, {"четырнадцат", 14}, {"пятнадцат", 15},
	{"шестнадцат", 16}, {"семнадцат", 17}, {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},
	{"тридцат", 30}, {"пятьдесят", 50}, {"шестьдесят", 60}, {"семьдесят", 70}, {"восемьдесят", 80},
	{"девяност", 90}, {"тысяч", 1000},
	{"дванадцят", 12}, {"двадцят", 20}, {"тисяч", 1000},
	{"jedenast", 11}, {"dwunast", 12}, {"trzynast", 13}, {"dwudziest", 20}, {"dwadzieści", 20}, {"tysiąc", 1000}, {"tysięc", 1000},
	{"dvanáct", 12}, {"dvacet", 20}, {"tisíc", 1000},
}

// numberWordSet maps each number word to its value.
type numberWordSet map[string]int

func newNumberWords() numberWordSet {
	m := numberWordSet{}
	for _, l := range numberWordLists {
		for i, w := range strings.Fields(l) {
			if w != "-" {
				m[w] = i + 2
			}
		}
	}
	for w, n := range roundNumberWords {
		m[w] = n
	}
	return m
}

// numberWords is read only after it is built.
var numberWords = newNumberWords()

// SpelledNumbers returns the numbers text writes out in words, as the
// keys Numbers gives their digits ("12" for "twelve"), sorted, each once.
func SpelledNumbers(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		n, ok := numberWords[w]
		for k := 0; !ok && k < len(numberStems); k++ {
			if strings.HasPrefix(w, numberStems[k].stem) {
				n, ok = numberStems[k].n, true
			}
		}
		if ok {
			out = append(out, strconv.Itoa(n))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
