package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/source"
)

// mark is the rune that marks an expected boundary in a test input. It
// never occurs in real input and is removed before segmenting.
const mark = "¦"

// sentenceCase is one test of Sentences: in is the text with mark at every
// expected boundary.
type sentenceCase struct {
	desc string
	in   string
}

// unmark removes the marks from in and returns the text and the spans they
// describe (nil for empty text, as Sentences and Items return). A mark
// stands for a boundary at the first non-space character after it, because
// white space between two sentences belongs to the first: both
// "arrived.¦ He" and "arrived. ¦He" put the boundary before "He".
func unmark(in string) (string, []source.Span) {
	parts := strings.Split(in, mark)
	text := strings.Join(parts, "")
	if text == "" {
		return "", nil
	}
	var spans []source.Span
	start, end := 0, 0
	for _, p := range parts[:len(parts)-1] {
		end += len(p)
		b := skipSpace(text, end)
		spans = append(spans, source.Span{Start: start, End: b})
		start = b
	}
	return text, append(spans, source.Span{Start: start, End: len(text)})
}

// marked returns text with mark before the white space that ends every
// span but the last: the inverse of unmark, for failure messages.
func marked(text string, spans []source.Span) string {
	var b strings.Builder
	for i, s := range spans {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			return fmt.Sprintf("bad spans %v", spans)
		}
		t := text[s.Start:s.End]
		if i == len(spans)-1 {
			b.WriteString(t)
			break
		}
		trimmed := strings.TrimRightFunc(t, unicode.IsSpace)
		b.WriteString(trimmed + mark + t[len(trimmed):])
	}
	return b.String()
}

// checkTiling reports an error unless spans are non-empty, in order, and
// tile text exactly.
func checkTiling(t *testing.T, text string, spans []source.Span) {
	t.Helper()
	if text == "" {
		if spans != nil {
			t.Errorf("spans %v for empty text, want nil", spans)
		}
		return
	}
	if len(spans) == 0 {
		t.Fatalf("no spans for %q", text)
	}
	end := 0
	for i, s := range spans {
		if s.Start != end || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d is %v after offset %d (len %d): spans %v", i, s, end, len(text), spans)
		}
		end = s.End
	}
	if end != len(text) {
		t.Fatalf("spans end at %d, text at %d: %v", end, len(text), spans)
	}
}

func TestUnmark(t *testing.T) {
	text, spans := unmark("Ab.¦ Cd.¦ E")
	want := []source.Span{{Start: 0, End: 4}, {Start: 4, End: 8}, {Start: 8, End: 9}}
	if text != "Ab. Cd. E" || !slices.Equal(spans, want) {
		t.Errorf("unmark = %q, %v; want %q, %v", text, spans, "Ab. Cd. E", want)
	}
	if got := marked(text, spans); got != "Ab.¦ Cd.¦ E" {
		t.Errorf("marked = %q", got)
	}
}

var enSentences = []sentenceCase{
	{desc: "two sentences", in: "Dr. Smith arrived.¦ He sat down."},
	{desc: "titles", in: "Mr. and Mrs. Smith met Prof. Jones.¦ They talked."},
	{desc: "U.S. before a lower-case word", in: "A few weeks ago, we reported about secret negotiations between the U.S. and Russia with the goal to pacify the Ukraine War.¦ The two camps hope to strike a deal Powers and impose it on the Ukrainian people."},
	{desc: "U.S. before a capitalised noun", in: "Michael McFaul, a former U.S. Ambassador to Russia who leans rather to the hard-core cold warriors, commented in outrage."},
	{desc: "U.S. in a title", in: "Ukraine War: What Does the U.S. Offer in its Secret Negotiations with Russia?"},
	{desc: "U.S. ends a sentence before a sentence starter", in: "By recognizing Russia as an important Great Power, the White House hopes to weaken the Kremlin’s strategic alliance with China – the most important imperialist rival of the U.S.¦ In order to achieve this, the Biden Administration must be ready to make certain concession."},
	{desc: "U.S: typo and footnote markers", in: "Such Kissinger line is not motivated by any Russophilia but rather by the realistic recognition that the U.S: is no longer the hegemonic power in the world. [5]¦ Hence it must make compromises and try to divide its rivals.¦ Hence, the “wise old man” of U.S. imperialism suggests to pull Moscow away from its alliance with China by making important concessions. [6]"},
	{desc: "e.g. and i.e.", in: "See e.g. RCIT: World Perspectives 2021-22, i.e. Our Analysis, 22 August 2021.¦ Next."},
	{desc: "Vol. and No.", in: "Russian Imperialism and Its Monopolies, in: New Politics Vol. XVIII No. 4, Whole Number 72, Winter 2022.¦ Once Again on Russian Imperialism."},
	{desc: "No. as an answer", in: "Is it true?¦ No.¦ The answer is no."},
	{desc: "pp.", in: "See pp. 12–14.¦ Then read on."},
	{desc: "etc. before a lower-case word", in: "Apples, pears, etc. are fruit.¦ We like them."},
	{desc: "etc. before a capital", in: "We bought apples, pears, etc.¦ Then we went home."},
	{desc: "month", in: "It happened on Jan. 5, 2020.¦ Nobody noticed."},
	{desc: "St. before a name and at the end", in: "He lived in St. Petersburg on Main St.¦ The street was cold."},
	{desc: "cf. vs. ed.", in: "Compare cf. Smith vs. Jones (ed. Brown).¦ Then stop."},
	{desc: "Ed. inside brackets", in: "Since “suffering a humiliating defeat is not an option for these [Russian, Ed.] guys.¦ To advance the institutionalisation of such bargaining policy."},
	{desc: "a.m.", in: "We met at 9 a.m. in the hall.¦ We met again at 5 p.m.¦ The others came later."},
	{desc: "initials", in: "M. Pröbsting and J. R. R. Tolkien wrote books.¦ They sold well."},
	{desc: "a single capital letter is never a sentence end", in: "We chose plan B. Then we waited."},
	{desc: "numbers", in: "Version 2.0.0 replaced 1.5, and π is 3.14 since 31.07.2023.¦ Done."},
	{desc: "a sentence ending with a number", in: "This happened in 2014.¦ 2015 was different."},
	{desc: "URL and e-mail address", in: "Read https://www.thecommunists.net/theory/x.html today.¦ Or write to a.b@c.org now."},
	{desc: "URL at the end of a sentence", in: "Read https://www.thecommunists.net/theory/x.html.¦ Then write."},
	{desc: "marker after a space", in: "…is the highest stage of imperialism. [7]¦ Next sentence."},
	{desc: "Markdown marker", in: "…of imperialism. [^7]¦ Next sentence."},
	{desc: "marker without space", in: "Russian power is not necessarily a bad thing.[3]¦ By recognizing Russia as an important Great Power, the White House hopes to weaken the Kremlin."},
	{desc: "superscript marker after the dot", in: "It has power.⁷¦ Next sentence."},
	{desc: "superscript marker before the dot", in: "It has power⁷.¦ Next sentence."},
	{desc: "marker before the dot", in: "This is imperialism [7].¦ Next sentence."},
	{desc: "two markers", in: "This is imperialism. [7] [8]¦ Next sentence."},
	{desc: "marker then a lower-case word", in: "The value is 5. [7] and then more."},
	{desc: "exclamation mark, quote and marker", in: "Michael McFaul commented in outrage about such concessions concerning Ukrainian territory “that is a Putin position![4]¦ However, as a former diplomat McFaul should be accustomed to the thoroughly hypocritical and cynical nature of bourgeois diplomacy!"},
	{desc: "runs of end punctuation", in: "Really?!¦ Yes!!!¦ Fine."},
	{desc: "ellipsis", in: "Wait…¦ Then go.¦ Wait...¦ Then go on… and on."},
	{desc: "elision in brackets", in: "“It was here that we made clear that the U.S. was prepared to work constructively with Russian national security concerns.¦ (…) An attempt to isolate and cripple Russia to the point of humiliation or collapse would make negotiating almost impossible."},
	{desc: "remark in brackets", in: "He was born in 1900 (?) in Vienna (!) and died young."},
	{desc: "quotation that continues its sentence", in: "He said “Stop. Now” and left.¦ Then he came back."},
	{desc: "quotation that ends its sentence", in: "It is well known that – as Clausewitz said – “war is the continuation of politics.”¦ Hence, the outcome of a war is determined much more by politics than by weapons."},
	{desc: "quotation followed by a comma", in: "“Putin is the major block to all progress,” he said.¦ “The U.S. administration has made at least one attempt to speak with the Kremlin but Putin himself refused."},
	{desc: "unclosed quotation", in: "Despite such concessions, the Kremlin seems reluctant.¦ “The problem was less with the Russian elite as a whole than it was with Putin specifically, he explained.¦ “Putin is the major block to all progress,” he said.¦ “The U.S. administration has made at least one attempt."},
	{desc: "quotation inside a quotation", in: "The Moscow Times reports: “During the discussions, it became evident that Ukraine’s chances were extremely slim.¦ Crimea remains a particularly contentious issue, as Ukraine asserts its intent to reclaim the region which Russia annexed in 2014.¦ “If Russia thought it might lose Crimea,” the ex-official said, “it would almost certainly resort to [using] tactical nuclear weapons.”¦ He noted that Washington had also offered to help."},
	{desc: "quotation that starts its sentence holds sentences of its own", in: "“They don’t know how to define victory or defeat.¦ In fact, some of the elites had never wanted the war in the first place,” the source stated.¦ However, accepting defeat is not an option."},
	{desc: "quotation that starts a later sentence", in: "He sat down.¦ “Stop.¦ Now,” he said.¦ Nobody moved."},
	{desc: "exclamation inside a quotation", in: "“Stop!” he shouted.¦ Everyone stopped."},
	{desc: "question inside a quotation, then a comma", in: "“Why?”, he asked.¦ Nobody answered."},
	{desc: "ASCII quotes", in: `He said "Stop. Now" and left.¦ He said "Go."¦ Then he went.`},
	{desc: "closing bracket after the dot", in: "The camps hope to strike a deal (they said so.)¦ Next one."},
	{desc: "dot after a closing bracket", in: "It ended (in 2014).¦ Then it began."},
	{desc: "list labels", in: "1. First comes this.¦ 2. Then that.¦ IV. Results follow."},
	{desc: "extra white space belongs to the preceding sentence", in: "  One.  ¦Two.  "},
	{desc: "line breaks", in: "First line.\n¦Second line.\n"},
	{desc: "no space after the dot", in: "It ended.Then it began."},
	{desc: "lower case after the dot", in: "The value of pi is approx. three and more."},
}

var esSentences = []sentenceCase{
	{desc: "EE. UU. before a lower-case word", in: "Hace unas semanas, informamos sobre negociaciones secretas entre EE. UU. y Rusia con el objetivo de pacificar la Guerra de Ucrania.¦ Los dos bandos esperan llegar a un acuerdo Potencias e imponerlo al pueblo ucraniano."},
	{desc: "EE. UU. ends a sentence before a sentence starter", in: "La Casa Blanca espera debilitar la alianza estratégica del Kremlin con China, el rival imperialista más importante de EE. UU.¦ Para lograrlo, la Administración Biden debe estar lista para hacer ciertas concesiones."},
	{desc: "EE. UU. starts a sentence", in: "“De hecho, enfatizamos que Estados Unidos necesita una Rusia lo suficientemente fuerte.¦ EE. UU. quiere una Rusia con autonomía estratégica para que EE. UU. avance en las oportunidades diplomáticas en Asia Central.¦ Nosotros en los EE. UU. tenemos que reconocerlo."},
	{desc: "EE.UU. without a space", in: "Viajó a EE.UU. y volvió.¦ Luego descansó."},
	{desc: "p. ej.", in: "Visitó capitales, p. ej. Madrid y Roma.¦ También visitó pueblos."},
	{desc: "a truncated p. before a name", in: "Ver en esto, p. Michael Pröbsting: Kissinger sobre la rivalidad entre las grandes potencias y la guerra de Ucrania."},
	{desc: "Sr. and Sra.", in: "El Sr. García y la Sra. López llegaron.¦ Se sentaron."},
	{desc: "núm., pág. and art.", in: "Véase el art. 5 y la pág. 12 del núm. 3.¦ Luego sigue."},
	{desc: "etc. before a lower-case word", in: "Compramos manzanas, peras, etc. y volvimos."},
	{desc: "etc. before a capital", in: "Compramos manzanas, peras, etc.¦ Luego volvimos."},
	{desc: "exclamations", in: "¡Para expulsar a los invasores, Ucrania debe ser independiente de los intereses de cualquier Gran Potencia!¦ ¡Esto sólo será posible si las masas obreras y populares reemplazan el régimen pro-OTAN de Zelensky por un gobierno obrero y popular! [10]"},
	{desc: "exclamation before ¡Por", in: "La CCRI llama a los socialistas de Ucrania a unirse en un programa internacionalista y antiimperialista.¦ ¡Por una Guerra Popular para defender a Ucrania de la invasión de Putin!¦ ¡Ninguna subordinación de Ucrania a la OTAN y la UE!¦ ¡Contra Rusia y contra el imperialismo de la OTAN!"},
	{desc: "question", in: "Lo dijo claramente.¦ ¿Qué ofrece Estados Unidos en sus negociaciones secretas con Rusia?"},
	{desc: "ASCII quotes, exclamation and marker", in: `Michael McFaul comentó con indignación sobre tales concesiones con respecto al territorio ucraniano "¡esa es una posición de Putin!" [4]¦ Sin embargo, como exdiplomático, McFaul debería estar acostumbrado a la naturaleza completamente hipócrita y cínica de la diplomacia burguesa.`},
	{desc: "closing quote before the dot", in: "Según este participante del equipo de negociación de EE. UU., “las reuniones entre los EE. UU. y los funcionarios del Kremlin se han estado realizando al menos dos veces al mes”.¦ Hizo hincapié en que la parte estadounidense toma en serio a Rusia."},
	{desc: "marker without space", in: "Se ha prohibido su publicación en Rusia después del comienzo de la invasión de Ucrania por parte de Putin.[2]¦ Por estas razones, no hay razón para dudar de la exactitud del informe del periódico."},
	{desc: "elision in brackets", in: "“Fue aquí donde dejamos en claro que Estados Unidos estaba preparado para trabajar constructivamente.¦ (…) Un intento de aislar y paralizar a Rusia haría que la negociación sea casi imposible”."},
	{desc: "ed. inside brackets", in: "Una derrota humillante no es una opción para estos muchachos [en ruso, ed.]”.¦ Para avanzar en la institucionalización de esta política."},
	{desc: "quotation followed by a comma", in: "“Si Rusia pensara que podría perder Crimea”, dijo el exfuncionario, “es casi seguro que recurriría al [uso] de armas nucleares tácticas”.¦ Señaló que Washington también se había ofrecido a ayudar."},
	{desc: "quotation that continues its sentence", in: "Dijo «Basta. Ahora» y se fue.¦ Luego volvió."},
	{desc: "initials", in: "Por M. Pröbsting, CCRI, 31 de julio de 2023.¦ Hace unas semanas, informamos."},
}

var ruSentences = []sentenceCase{
	{desc: "т. е.", in: "Это важно, т. е. Россия должна уступить.¦ Другие не согласны."},
	{desc: "т.е. without a space", in: "Это важно, т.е. Москва должна уступить.¦ Другие не согласны."},
	{desc: "г. before a lower-case word", in: "Кэмерон Мэнли: Бывший чиновник США, Moscow Times, 27 июля 2023 г., Все цитаты взяты из этой статьи.¦ Это было 27 июля 2023 г. в Москве."},
	{desc: "г. before a capital that is not a sentence starter", in: "В 1991 г. СССР распался.¦ Потом пришли другие времена."},
	{desc: "г. ends a sentence before a sentence starter", in: "Это случилось в 2014 г.¦ Затем Россия аннексировала Крым."},
	{desc: "гг.", in: "В 1941–1945 гг. Советский Союз воевал.¦ Потом пришёл мир."},
	{desc: "в. after a century", in: "В XX в. Россия пережила две революции.¦ Это факт."},
	{desc: "н. э.", in: "В 988 г. н. э. Владимир крестил Русь.¦ Это известно."},
	{desc: "см. and стр.", in: "См. Приложение на стр. 5 и т. п. материалы.¦ Они важны."},
	{desc: "др. before a lower-case word", in: "Хаас, Купчан и др. считают так.¦ Другие не согласны."},
	{desc: "др. before a capital", in: "В группу входят Ричард Хаас, Чарльз Купчан и др.¦ Они работают вместе."},
	{desc: "т. д. before a capital", in: "Яблоки, груши и т. д.¦ Потом мы ушли."},
	{desc: "им. and ул.", in: "Университет им. Ломоносова стоит на ул. Ленина.¦ Там тихо."},
	{desc: "initials", in: "В. Путин и М. Прёбстинг не встречались.¦ Это точно."},
	{desc: "the pronoun я ends a sentence", in: "Это сделал я.¦ Никто другой."},
	{desc: "elision in brackets", in: "“Именно здесь мы ясно дали понять, что США готовы конструктивно работать с российскими проблемами национальной безопасности.¦ (...) Попытка изолировать и парализовать Россию до унижения или краха сделала бы переговоры практически невозможными.”"},
	{desc: "exclamation, quote and marker", in: "Майкл Макфол возмущенно прокомментировал такие уступки в отношении украинской территории: “это позиция Путина!” [4]¦ Однако, как бывший дипломат Макфол должен быть знаком с насквозь лицемерной и циничной природой буржуазной дипломатии!"},
	{desc: "quotation followed by a comma and a dash", in: "“Проблема была не столько с российской элитой в целом, сколько с Путиным в частности, - объяснил он.¦ “Путин - главный блок на пути ко всему прогрессу”, - сказал он.¦ “Администрация США предприняла по крайней мере одну попытку поговорить с Кремлем, но сам Путин отказался.”"},
	{desc: "abbreviations inside brackets", in: "Поскольку “потерпеть унизительное поражение - это не вариант для этих [русских, прим. ред.] парней”.¦ Чтобы продвинуть институционализацию такой переговорной политики."},
	{desc: "quotation that ends its sentence", in: "Хорошо известно, что, как сказал Клаузевиц, “война - это продолжение политики.”¦ Следовательно, исход войны определяется гораздо больше политикой, чем оружием."},
	{desc: "guillemets that continue the sentence", in: "Он сказал «Стоп. Сейчас» и ушёл.¦ Потом вернулся."},
	{desc: "guillemets that continue the sentence after a dash", in: "Он крикнул «Стой. Не двигайся» — и замер.¦ Мы тоже."},
	{desc: "guillemets that start the sentence, comma and dash", in: "«Стой.¦ Не двигайся», — сказал он.¦ Мы замерли."},
	{desc: "German-style closing quote", in: "Конечно, должен быть канал между Украиной и Россией, другой - между Россией и ЕС; и один - между Россией и Глобальным Югом.“¦ Чиновник осознает, что такой подход может вызвать недовольство."},
	{desc: "English citation inside Russian text", in: "Ответ аргентинскому экономисту Клаудио Кацу, в: New Politics Vol. XVIII No. 4, Whole Number 72, Winter 2022.¦ Еще раз о русском империализме."},
	{desc: "ASCII quote closed by a curly one", in: `В ноябре 2022 года мы уже предупреждали, "что освободительной борьбе Украины угрожает сделка великих держав.¦ Такая сделка означала бы закрепление российской оккупации.” [7]¦ В рамках такого подхода США пытаются полностью подчинить Украину.`},
}

var ukSentences = []sentenceCase{
	{desc: "р. before a lower-case word; a digit after ! starts a sentence", in: "Проти російського та проти НАТОвського імперіалізму!¦ 19 червня 2023 р., Київ.¦ Міхаель Пребстінг написав статтю."},
	{desc: "р. before a capital that is not a sentence starter", in: "У 2014 р. Росія анексувала Крим.¦ Це факт."},
	{desc: "р. ends a sentence before a sentence starter", in: "Це сталося у 2014 р.¦ Потім почалася війна."},
	{desc: "т. зв.", in: "Це т. зв. Велика угода.¦ Вона небезпечна."},
	{desc: "див. and ім.", in: "Детальніше див. Розділ 2 про Університет ім. Шевченка.¦ Там усе є."},
	{desc: "та ін. before a capital", in: "До групи входять Хаас, Купчан та ін.¦ Вони працюють разом."},
	{desc: "і т. д. before a capital", in: "Яблука, груші і т. д.¦ Потім ми пішли."},
	{desc: "н. е.", in: "У 988 р. н. е. Володимир охрестив Русь.¦ Це відомо."},
	{desc: "exclamations from the seed footnote", in: "RCIT: Інтеграція до НАТО: імперіалістична пастка для українського народу!¦ За Народну війну, щоб захистити Україну від путінського вторгнення!¦ Жодного підпорядкування України НАТО та ЄС!"},
	{desc: "initials", in: "М. Пребстінг написав статтю.¦ Її прочитали."},
	{desc: "the pronoun я ends a sentence", in: "Це зробив я.¦ Ніхто інший."},
	{desc: "question", in: "Війна в Україні: що пропонують США на своїх секретних переговорах із Росією?¦ Про це пише RCIT."},
}

var deSentences = []sentenceCase{
	{desc: "z. B.", in: "Es gibt Obst, z. B. Äpfel und Birnen.¦ Das ist gesund."},
	{desc: "z.B. without a space", in: "Es gibt Obst, z.B. Äpfel und Birnen.¦ Das ist gesund."},
	{desc: "d. h.", in: "Das ist wichtig, d. h. Die Regierung muss handeln.¦ Sie zögert."},
	{desc: "usw. before a lower-case word", in: "Äpfel, Birnen usw. sind Obst.¦ Wir mögen es."},
	{desc: "usw. before a capital", in: "Wir kauften Äpfel, Birnen usw.¦ Dann gingen wir heim."},
	{desc: "Nr.", in: "Die Alpen 1956, Nr. 4, brachten einen ersten Vorbericht.¦ Er war lang."},
	{desc: "vgl. and bzw.", in: "Vgl. Kapitel 3 bzw. Kapitel 4.¦ Dort steht mehr."},
	{desc: "ordinals", in: "Am 3. Oktober 1990 wurde Deutschland vereinigt.¦ Das war im 20. Jahrhundert."},
	{desc: "a number ends a sentence before a sentence starter", in: "Die Zahl ist 12.¦ Danach kommt 13."},
	{desc: "Dr.", in: "Aber geologisch hat die Arbeit von Dr. Toni Hagen unsere Kenntnis sehr bereichert.¦ Sie war wichtig."},
	{desc: "S.", in: "Die Alpen 1956, S. 298–303 bringen einen Vorbericht.¦ Er ist gut."},
	{desc: "list label", in: "1. Vom Kangchendzönga ist bergsteigerisch nicht viel Neues zu melden.¦ Die Erstersteigung wurde bereits behandelt."},
	{desc: "German quotation that continues its sentence", in: "Er sagte „Halt. Jetzt“ und ging.¦ Dann kam er zurück."},
	{desc: "German quotation that ends its sentence", in: "Er sagte: „Wir gehen.“¦ Dann gingen sie."},
	{desc: "reversed guillemets", in: "Er sagte »Halt. Jetzt« und ging.¦ Dann kam er zurück."},
}

var frSentences = []sentenceCase{
	{desc: "M.", in: "M. Dupont est arrivé.¦ Il s’est assis."},
	{desc: "Mme.", in: "Mme. Curie a reçu le prix.¦ Elle était heureuse."},
	{desc: "p.", in: "Voir p. 12.¦ Ensuite, lire la suite."},
	{desc: "cf.", in: "Cf. Dupont, p. 4.¦ Voir aussi Martin."},
	{desc: "etc. before a capital", in: "Nous avons acheté des pommes, des poires, etc.¦ Puis nous sommes partis."},
	{desc: "av. J.-C.", in: "La ville fut fondée en 52 av. J.-C.¦ La ville grandit ensuite."},
	{desc: "spaced guillemets that continue the sentence", in: "Il a dit « Stop. Maintenant » et il est parti.¦ Puis il est revenu."},
	{desc: "spaced guillemets that end the sentence", in: "Il a dit : « Je pars. »¦ Puis il est parti."},
	{desc: "initials", in: "J.-P. Sartre et M. Pröbsting ont écrit.¦ Ils sont connus."},
}

var itSentences = []sentenceCase{
	{desc: "Sig. and pag.", in: "Il Sig. Rossi legge a pag. 5.¦ Poi esce."},
	{desc: "ecc. before a capital", in: "Mele, pere ecc.¦ Poi siamo usciti."},
}

var ptSentences = []sentenceCase{
	{desc: "Sr. and pág.", in: "O Sr. Silva leu a pág. 5.¦ Depois saiu."},
	{desc: "p. ex.", in: "Há frutas, p. ex. Maçãs e peras.¦ Também há legumes."},
}

var plSentences = []sentenceCase{
	{desc: "np. and dr", in: "Przyszedł dr Kowalski, np. Jan też.¦ Potem wyszli."},
	{desc: "r. and ordinals", in: "W 2014 r. Rosja zajęła Krym.¦ Było to 3. Maja.¦ Potem było inaczej."},
	{desc: "itd. before a capital", in: "Jabłka, gruszki itd.¦ Potem wyszliśmy."},
}

var caSentences = []sentenceCase{
	{desc: "Sr. and pàg.", in: "El Sr. Puig llegeix la pàg. 5.¦ Després surt."},
}

var bgSentences = []sentenceCase{
	{desc: "г. and т.е.", in: "През 1991 г. СССР се разпадна, т.е. Русия остана сама.¦ Това е факт."},
	{desc: "и т.н. before a capital", in: "Ябълки, круши и т.н.¦ После си тръгнахме."},
}

var beSentences = []sentenceCase{
	{desc: "г. before a capital that is not a sentence starter", in: "У 1991 г. СССР распаўся.¦ Гэта факт."},
	{desc: "the pronoun я ends a sentence", in: "Гэта зрабіў я.¦ Ніхто іншы."},
}

var genericSentences = []sentenceCase{
	{desc: "basic", in: "One sentence.¦ Another one!¦ A third?"},
	{desc: "initials", in: "J. Smith came.¦ He left."},
	{desc: "Dr. and e.g.", in: "Dr. Who came, e.g. Yesterday.¦ He left."},
	{desc: "Vol. and No.", in: "New Politics Vol. XVIII No. 4.¦ Winter 2022."},
	{desc: "lower case after the dot", in: "this is lower. and this too."},
	{desc: "uncased script", in: "مرحبا.¦ كيف حالك؟"},
	{desc: "ideographic full stops need no space", in: "今天很好。¦明天也好。"},
	{desc: "digit starts a sentence", in: "It costs 5.¦ 6 is more."},
	{desc: "Cyrillic capital starts a sentence", in: "First.¦ Второе."},
	{desc: "only punctuation", in: "..."},
	{desc: "one word", in: "Word"},
}

var sentenceTables = []struct {
	lang  string
	cases []sentenceCase
}{
	{"en", enSentences},
	{"es", esSentences},
	{"ru", ruSentences},
	{"uk", ukSentences},
	{"de", deSentences},
	{"fr", frSentences},
	{"it", itSentences},
	{"pt", ptSentences},
	{"pl", plSentences},
	{"ca", caSentences},
	{"bg", bgSentences},
	{"be", beSentences},
	{"", genericSentences},
}

func TestSentences(t *testing.T) {
	for _, table := range sentenceTables {
		for _, tc := range table.cases {
			name := table.lang
			if name == "" {
				name = "generic"
			}
			t.Run(name+"/"+tc.desc, func(t *testing.T) {
				text, want := unmark(tc.in)
				got := Sentences(text, table.lang)
				checkTiling(t, text, got)
				if !slices.Equal(got, want) {
					t.Errorf("Sentences(%q, %q)\n got %q\nwant %q", text, table.lang, marked(text, got), tc.in)
				}
			})
		}
	}
}

func TestSentencesEmpty(t *testing.T) {
	if got := Sentences("", "en"); got != nil {
		t.Errorf("Sentences(\"\") = %v, want nil", got)
	}
}

func TestSentencesLanguageCodes(t *testing.T) {
	const in = "Es gibt Obst, z. B. Äpfel.¦ Das ist gesund."
	text, want := unmark(in)
	for _, lang := range []string{"de", "DE", "de-AT", "de_CH"} {
		if got := Sentences(text, lang); !slices.Equal(got, want) {
			t.Errorf("Sentences(%q, %q) = %q, want %q", text, lang, marked(text, got), in)
		}
	}
	for _, lang := range []string{"", "xx", "zz-ZZ", "\xff"} {
		if rulesFor(lang) != generic {
			t.Errorf("rulesFor(%q) is not the generic rules", lang)
		}
	}
}

// TestTables checks the tables themselves: every abbreviation is listed in
// one class only, holds no space or final dot, and the sentence starters
// are capitalised.
func TestTables(t *testing.T) {
	all := map[string]ruleSpec{"generic": genericSpec}
	for lang, s := range specs {
		all[lang] = s
	}
	for lang, s := range all {
		seen := make(map[string]string)
		for class, list := range map[string]string{"never": s.never, "ambiguous": s.ambiguous, "final": s.final} {
			for _, w := range strings.Fields(list) {
				if prev, ok := seen[w]; ok {
					t.Errorf("%s: %q is both %s and %s", lang, w, prev, class)
				}
				seen[w] = class
				if strings.HasSuffix(w, ".") {
					t.Errorf("%s: %q ends with a dot", lang, w)
				}
			}
		}
		for _, w := range strings.Fields(s.starters) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".’'") {
				t.Errorf("%s: starter %q is not a capitalised word", lang, w)
			}
		}
	}
}
