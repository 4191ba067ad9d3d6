package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the per-language tables. They are built once, when the
// package is initialised, and only read afterwards.
//
// An abbreviation is written without its final dot and without the spaces
// inside it: "Dr" stands for "Dr.", "EE.UU" for both "EE. UU." and
// "EE.UU.", "т.е" for both "т. е." and "т.е.". Entries are case-sensitive,
// except that an entry written with a lower-case first letter also matches
// the same word capitalised at the start of a sentence ("См." for "см").
//
// Each abbreviation belongs to one of three classes:
//
//   - never: the dot never ends a sentence. Titles before names ("Dr.",
//     "Sra.", "Mme."), and abbreviations that always introduce more text
//     ("e.g.", "cf.", "т. е.", "z. B.").
//   - ambiguous: the dot ends a sentence only if the next word is a common
//     sentence starter of the language ("The", "En", "Однако"; see starters
//     below). "No. 4", "Vol. XVIII", "the U.S. Ambassador" and "1991 г. СССР"
//     do not split; "the U.S. In order to" and "в 2014 г. Затем" do.
//   - final: the abbreviation is often the last word of a sentence ("etc.",
//     "usw.", "и т. д."), so its dot ends a sentence before any sentence
//     start, as an ordinary word would. These are listed so that the rules
//     for single letters and for two-part abbreviations do not catch them.
//
// Rules that hold in every language, whatever the tables say (see
// abbrevClass in segment.go):
//
//   - A single upper-case letter before a dot is an initial and never ends a
//     sentence ("M. Pröbsting", "J. R. R. Tolkien", "В. Путин").
//   - A single lower-case letter before a dot is an abbreviation of the
//     ambiguous class ("p. 5", "XX в."), unless the language lists it as a
//     word that can end a sentence (Russian "я").
//   - Letters joined by dots ("U.S.", "a.m.", "J.-C.") form an initialism of
//     the ambiguous class unless a table says otherwise ("e.g.", "т.е.").
//   - The first word of a sentence, if it is a number of up to three digits,
//     a Roman numeral or a single letter, is a list label ("1. First", "IV.
//     Results") and its dot does not end the sentence.
//   - In languages that write ordinals with a dot (German, Polish), a number
//     of up to three digits before a dot is of the ambiguous class ("am 3.
//     Oktober", "im 19. Jahrhundert").

// abbrevKind is the class of an abbreviation.
type abbrevKind uint8

const (
	notAbbrev       abbrevKind = iota // an ordinary word
	abbrevNever                       // the dot never ends a sentence
	abbrevAmbiguous                   // the dot ends a sentence only before a sentence starter
	abbrevFinal                       // the dot ends a sentence before any sentence start
)

// rules are the segmentation rules of one language.
type rules struct {
	abbrevs  map[string]abbrevKind // abbreviation without final dot or inner spaces -> class
	starters map[string]bool       // capitalised words that commonly begin a sentence
	words    map[string]bool       // single letters that are words and may end a sentence
	ordinals bool                  // "3. Oktober": a short number before a dot is an ordinal
}

// ruleSpec is the readable form of a rules table: space-separated lists.
type ruleSpec struct {
	never, ambiguous, final string // abbreviations by class
	starters                string // sentence starters
	words                   string // single-letter words
	ordinals                bool
}

func (s ruleSpec) build() *rules {
	r := &rules{
		abbrevs:  make(map[string]abbrevKind),
		starters: make(map[string]bool),
		words:    make(map[string]bool),
		ordinals: s.ordinals,
	}
	add := func(list string, k abbrevKind) {
		for _, w := range strings.Fields(list) {
			r.abbrevs[w] = k
		}
	}
	add(s.never, abbrevNever)
	add(s.ambiguous, abbrevAmbiguous)
	add(s.final, abbrevFinal)
	for _, w := range strings.Fields(s.starters) {
		r.starters[w] = true
	}
	for _, w := range strings.Fields(s.words) {
		r.words[w] = true
	}
	return r
}

var specs = map[string]ruleSpec{
	"en": {
		never: "Mr Mrs Ms Messrs Mmes Dr Drs Prof Gen Col Capt Lt Sgt Cmdr Adm Rev Hon Gov Sen Rep Pres " +
			"e.g i.e cf vs viz approx ca Mt Ft Ph.D",
		ambiguous: "No Nos Vol vol Vols vols pp ch Ch chap Chap sec Sec art Art fig Fig eq Eq ed Ed eds Eds " +
			"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec St Ave Blvd Rd Jr Sr Inc Ltd Co Corp Bros " +
			"Dept Univ al est",
		final: "etc",
		starters: "The A An In On At As For From By With To Of It Its This That These Those There Then Thus " +
			"Hence However Therefore Moreover Furthermore Meanwhile Nevertheless Nonetheless Still Yet But And Or So " +
			"If When While Although Though Since Because After Before During Despite He She We They I You " +
			"His Her Our Their My Your What Which Who Why How Where Such Some Many Most All Both Each " +
			"One Another Other Only Also Indeed Instead According Rather Now Today Here Finally First Second " +
			"Let Do Does Did Is Are Was Were Has Have Had Can Could Would Should Might Must",
	},
	"es": {
		never: "Sr Sra Srta Sres Dr Dra Dres D Dña Lic Ing Arq Ud Uds Vd Vds EE p.ej ej cf aprox",
		ambiguous: "EE.UU núm pág págs art cap vol fig n.º ene feb abr jun jul ago sept oct nov dic " +
			"S.A Cía",
		final: "etc",
		starters: "El La Los Las Lo Un Una Unos Unas En Por Para Pero Y E O Sin Con Es Son Fue Era Este Esta Esto " +
			"Estos Estas Ese Esa Eso Aquel Se No Si Sí Como Cuando Donde Aunque Porque Pues Al Del De A Así " +
			"Además También Tampoco Entonces Luego Después Antes Durante Según Desde Hasta Hace Hay Ha Han " +
			"Su Sus Nuestro Nuestra Mi Él Ella Ellos Ellas Nosotros Yo Usted Qué Quién Cómo Dónde Cuál Otro " +
			"Otra Todo Toda Todos Cada Muchos Algunos Ahora Hoy Aquí Ya Incluso Finalmente Primero Asimismo " +
			"Mientras Tal Tales Sobre Entre Contra Tras Ante Bajo Aun Aún Solo Sólo Ni",
	},
	"ru": {
		never: "т.е т.к т.н т.о т.ч см ср напр им ул пл просп проф акад доц англ лат нем франц букв прим",
		ambiguous: "г гг в вв ст стр с т тт рис табл гл ч п пп тыс млн млрд руб коп н.э ред пер изд " +
			"янв февр авг сент окт нояб дек",
		final: "т.д т.п др пр etc",
		starters: "В Во На Но И А Это Эти Этот Эта Он Она Оно Они Мы Я Вы Ты Как По Однако Поэтому Следовательно " +
			"Так Таким Также Тем Что Если Когда Хотя При После До Для С Со К О Об У Из За Не Ни Все Его Ее Её " +
			"Их Затем Потом Кроме Более Между Там Тогда Здесь Теперь Сейчас Кто Где Почему Да Нет Ведь " +
			"Впрочем Итак Причем Причём Несмотря Вместе Поскольку Чтобы Уже Еще Ещё Даже Лишь Только Наконец " +
			"Например Конечно Возможно Именно Сегодня Напротив Зато Тот Та То Те",
		words: "я",
	},
	"uk": {
		never:     "т.зв т.б див напр вул пл просп ім проф акад доц англ лат прим",
		ambiguous: "р рр ст с стор т тт мал табл розд тис млн млрд грн коп н.е ред пер вид",
		final:     "т.д т.п ін etc",
		starters: "В У На Але І Й А Це Ці Цей Ця Він Вона Воно Вони Ми Я Ви Ти Як По Однак Проте Тому Отже Так " +
			"Також Що Якщо Коли Хоча При Після До Для З Із Зі Про Від За Не Ні Всі Усі Його Її Їх Потім " +
			"Крім Між Там Тоді Тут Тепер Зараз Хто Де Чому Адже Втім Причому Незважаючи Разом Оскільки Щоб " +
			"Вже Ще Навіть Лише Тільки Нарешті Наприклад Звичайно Можливо Саме Сьогодні Натомість Проти",
		words: "я",
	},
	"be": {
		never:     "г.зн т.зв гл напр вул пл праф акад ім",
		ambiguous: "г гг ст стар с т тыс млн млрд руб н.э рэд",
		final:     "г.д т.п інш etc",
		starters: "У Ў На Але І А Гэта Гэты Гэтая Ён Яна Яно Яны Мы Я Вы Ты Як Па Аднак Таму Так Таксама Што " +
			"Калі Хоць Пры Пасля Да Для З Са Аб Ад За Не Ні Усе Яго Яе Іх Потым Там Тады Тут Цяпер Хто Дзе " +
			"Чаму Нават Толькі Вось",
		words: "я",
	},
	"bg": {
		never:     "т.е т.нар напр вж проф акад доц ул бул гр им ср англ лат",
		ambiguous: "г гг в вв стр т бр лв ст хил млн млрд н.е ред",
		final:     "т.н др etc",
		starters: "В Във На Но И А Това Тези Този Тази Той Тя То Те Ние Аз Вие Ти Как По Обаче Затова Така Също " +
			"Че Ако Когато Въпреки При След До За С Със От Към Не Ни Всички Там Тогава Тук Сега Кой Къде Защо " +
			"Например Освен Според Дори Само Вече",
	},
	"de": {
		never: "z.B z.b d.h u.a o.ä u.ä s.o s.u u.U i.d.R z.T v.a bzw vgl ca Dr Prof Hr Hrn Fr Frl ggf evtl " +
			"inkl zzgl sog bspw insb Dipl Ing geb gest St",
		ambiguous: "Nr S Bd Abs Art Jh Jhd Kap Tab Abb Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez " +
			"Mio Mrd Tsd Str",
		final:    "usw etc usf",
		ordinals: true,
		starters: "Der Die Das Den Dem Des Ein Eine Einer Eines Einen Einem In Im Am An Auf Aus Bei Mit Nach Von " +
			"Vom Zu Zum Zur Für Durch Gegen Ohne Um Unter Über Vor Zwischen Seit Während Wegen Trotz Aber Und " +
			"Oder Denn Doch Sondern Er Sie Es Wir Ich Ihr Du Man Dies Diese Dieser Dieses Diesem Diesen Dann " +
			"Danach Daher Deshalb Deswegen Darum Damit Dabei Dazu Dort Hier Heute Jetzt Nun Schon Auch Noch " +
			"Nur So Wenn Als Wie Wo Was Wer Warum Weil Obwohl Da Dass Ob Jedoch Allerdings Außerdem Zudem " +
			"Ferner Somit Also Trotzdem Dennoch Sein Seine Ihre Unser Unsere Alle Jeder Jede Viele Einige " +
			"Kein Keine Nicht Bis Zunächst Schließlich Zuerst",
	},
	"fr": {
		never:     "M MM Mme Mmes Mlle Mlles Dr Pr Me St Ste cf env av apr",
		ambiguous: "p pp vol t chap art fig éd janv févr avr juill oct nov déc",
		final:     "etc",
		starters: "Le La Les L Un Une Des Du De D En Dans Par Pour Mais Et Ou Sans Avec Il Elle Ils Elles On Nous " +
			"Je J Vous Tu Ce Cet Cette Ces C Ceci Cela Ça Se Si Ne Non Comme Quand Lorsque Où Bien Parce Puis " +
			"Au Aux À Ainsi Cependant Pourtant Toutefois Donc Alors Après Avant Pendant Selon Depuis Sur Sous " +
			"Entre Chaque Tous Tout Toute Plusieurs Maintenant Aujourd Ici Déjà Enfin Qui Que Qu Quel Quelle " +
			"Son Sa Ses Leur Leurs Notre Nos Mon Ma Mes Y",
	},
	"it": {
		never:     "Sig Sigg Sig.ra Dott Dott.ssa Prof Avv Ing Geom Rag On Egr Gent Spett cfr cf es ca",
		ambiguous: "pag pagg art vol cap fig n nn p pp gen feb mar apr giu lug ago set ott nov dic",
		final:     "ecc etc",
		starters: "Il Lo La I Gli Le Un Uno Una In Nel Nella Per Ma E O Senza Con È Sono Era Questo Questa Quello " +
			"Quella Si Se Non Come Quando Dove Anche Perché Poi Al Del Della Di Da Dal A Così Inoltre Tuttavia " +
			"Quindi Dopo Prima Durante Secondo Lui Lei Loro Noi Io Che Chi Quale Ogni Molti Ora Oggi Qui Già " +
			"Infatti Infine Dunque Pertanto Mentre Su Tra Fra C L",
	},
	"pt": {
		never:     "Sr Sra Srta Dr Dra Prof Profa Exmo Exma V.Exa p.ex ex cf aprox Av",
		ambiguous: "pág págs p pp art vol cap fig jan fev abr jun jul ago out nov Lda Ltda",
		final:     "etc",
		starters: "O A Os As Um Uma Em No Na Nos Nas Por Para Mas E Ou Sem Com É São Foi Era Este Esta Isto Esse " +
			"Essa Isso Se Não Como Quando Onde Embora Porque Pois Ao Do Da De Assim Além Também Então Depois " +
			"Antes Durante Segundo Desde Até Há Seu Sua Ele Ela Eles Elas Nós Eu Você Que Quem Qual Outro " +
			"Todo Todos Cada Muitos Agora Hoje Aqui Já Contudo Porém Entretanto Portanto Finalmente",
	},
	"pl": {
		never:     "np tzn tj m.in dr prof mgr inż ul al pl ok ds godz ks św im wg tzw gen płk zob ang",
		ambiguous: "nr s str t poz rozdz tab rys ust art pkt tys mln mld zł gr",
		final:     "itd itp in etc",
		ordinals:  true,
		starters: "W We Na Ale I A To Te Ten Ta On Ona Ono Oni One My Ja Wy Ty Jak Po Jednak Dlatego Tak Także " +
			"Też Że Jeśli Jeżeli Gdy Kiedy Choć Chociaż Przy Przed Do Dla Z Ze Od O Za Nie Ani Wszyscy Jego Jej " +
			"Ich Potem Następnie Tam Wtedy Tu Tutaj Teraz Kto Gdzie Dlaczego Co Czy Już Jeszcze Nawet Tylko " +
			"Wreszcie Oczywiście Może Dziś Dzisiaj Również Ponadto Natomiast Poza Między Według Mimo Podczas " +
			"Oraz Lecz",
	},
	"ca": {
		never:     "Sr Sra Dr Dra p.ex ex cf aprox Av",
		ambiguous: "p pàg núm art vol cap fig gen febr març abr jul ag oct nov",
		final:     "etc",
		starters: "El La Els Les L Un Una Uns Unes En Per Però I O Sense Amb És Són Va Era Aquest Aquesta Això " +
			"Aquell Aquella Es Se No Si Com Quan On Encara Perquè Doncs Al Als Del Dels De D A Així També " +
			"Tampoc Llavors Després Abans Durant Segons Des Fins Hi Ha Han Seu Seva Ell Ella Ells Elles " +
			"Nosaltres Jo Vostè Què Qui Quin Quina Altre Tot Tots Cada Molts Ara Avui Aquí Ja Finalment " +
			"Tanmateix Mentre Sobre Entre Contra",
	},
}

// genericSpec holds the rules for an unknown language: a few abbreviations
// shared by many languages, and the sentence starters of all of them. Every
// language falls back on its abbreviations (see rules.lookup).
var genericSpec = ruleSpec{
	never:     "Dr Mr Mrs Prof e.g i.e cf vs ca z.B d.h т.е",
	ambiguous: "No Nr Vol vol pp St",
	final:     "etc",
}

var (
	languages = buildLanguages()
	generic   = buildGeneric()
)

func buildLanguages() map[string]*rules {
	m := make(map[string]*rules, len(specs))
	for lang, s := range specs {
		m[lang] = s.build()
	}
	return m
}

func buildGeneric() *rules {
	r := genericSpec.build()
	for _, s := range specs {
		for _, w := range strings.Fields(s.starters) {
			r.starters[w] = true
		}
	}
	return r
}

// rulesFor returns the rules for lang, an ISO 639-1 code. A region or
// script suffix ("pt-BR", "sr_Latn") and letter case are ignored; unknown
// codes get the generic rules.
func rulesFor(lang string) *rules {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if r, ok := languages[lang]; ok {
		return r
	}
	if r, ok := languages[strings.ToLower(lang)]; ok {
		return r
	}
	return generic
}

// lookup returns the class of the abbreviation made of the parts w (no
// final dot; "EE." and "UU" for "EE. UU.") and the sentence starters to
// judge it by. It tries the tables of r and then, for a language other
// than the generic one, the generic table, so that "Vol." and "No." in an
// English title quoted in a Russian footnote are still abbreviations; those
// are judged by the starters of all languages.
func (r *rules) lookup(w ...string) (abbrevKind, map[string]bool) {
	var buf [2 * maxToken]byte
	key := buf[:0]
	for _, p := range w {
		key = append(key, p...)
	}
	if k := r.lookup1(key); k != notAbbrev {
		return k, r.starters
	}
	if r != generic {
		if k := generic.lookup1(key); k != notAbbrev {
			return k, generic.starters
		}
	}
	return notAbbrev, nil
}

// lookup1 returns the class of abbreviation w in the table of r, trying w
// as written and then with its first letter in lower case. It does not
// allocate.
func (r *rules) lookup1(w []byte) abbrevKind {
	if k, ok := r.abbrevs[string(w)]; ok {
		return k
	}
	c, n := utf8.DecodeRune(w)
	if lc := unicode.ToLower(c); lc != c && unicode.IsUpper(c) {
		var buf [2*maxToken + utf8.UTFMax]byte
		key := utf8.AppendRune(buf[:0], lc)
		key = append(key, w[n:]...)
		if k, ok := r.abbrevs[string(key)]; ok {
			return k
		}
	}
	return notAbbrev
}
