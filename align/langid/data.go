package langid

// This file holds the hand-written model data: for every supported language
// its alphabet, its function words in rough order of frequency, and a short
// prose sample from which character statistics are counted. The samples were
// written for this package (one set of everyday topics rendered in each
// language); they are not taken from any of the evaluation texts.

// script is a writing system.
type script uint8

const (
	scriptNone script = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
	scriptHebrew
	scriptDevanagari
	scriptHangul
	scriptThai     // written without spaces between words
	scriptHan      // written without spaces between words
	scriptHiragana // written without spaces between words
	scriptKatakana // written without spaces between words
	scriptOther    // Greek, Armenian, Georgian, ...: no supported language uses it
	numScripts
)

// unspaced reports whether words of the script are written without spaces
// between them, so that a run of its letters is cut into short chunks
// rather than taken as one word.
func (s script) unspaced() bool {
	return s >= scriptThai && s <= scriptKatakana
}

// langSpec is the hand-written description of one language.
type langSpec struct {
	code   string
	script script
	// prior is the log prior probability of the language (nats, relative
	// to English), a mild preference for the more widely written languages
	// that only decides near ties, such as a heading "Article" (English,
	// French or Catalan) or "ПРЕАМБУЛА" (Russian, Ukrainian or Bulgarian).
	prior float64
	// alphabet lists the lowercase letters of the orthography (plus the
	// apostrophe or the middle dot where they occur inside words). Letters
	// outside it are treated as foreign: possible in names and loanwords, but
	// very unlikely.
	alphabet string
	// stop lists the most frequent function words, most frequent first.
	stop string
	// lex lists common nouns that head sections of documents (Article,
	// Summary, Notes, ...): known words of the language, so that a one-word
	// heading is not mistaken for a name.
	lex string
	// sample is prose from which character n-gram counts are taken.
	sample string
	// wide lists scripts all of whose letters belong to the alphabet, for
	// scripts too large to list (Han, Hangul) or used by this language
	// alone among the supported ones.
	wide []script
	// notAlphabet lists letters of a wide script that the language does not
	// write (simplified Chinese characters in Japanese, Japanese shinjitai
	// in Chinese): they are foreign, like letters outside an alphabet.
	notAlphabet string
	// alphaSize, when not zero, is the number of letters the unigram model
	// spreads its pseudo-counts over, for languages with a wide script
	// (about the number of characters in everyday use).
	alphaSize int
}

const latinBase = "abcdefghijklmnopqrstuvwxyz"

// numLang is the number of supported languages.
const numLang = numBaseLang + numExtLang

// numBaseLang is the number of languages in baseSpecs.
const numBaseLang = 16

// specs is the language table: baseSpecs, then extSpecs. Its order is the
// order of Supported.
var specs = func() (out [numLang]langSpec) {
	copy(out[:], baseSpecs[:])
	copy(out[numBaseLang:], extSpecs[:])
	return out
}()

// baseSpecs are the languages of Europe written in the Latin and Cyrillic
// alphabets.
var baseSpecs = [numBaseLang]langSpec{
	{
		code:     "en",
		prior:    0,
		lex:      `article chapter section part summary introduction contents preface preamble foreword conclusion conclusions appendix notes note references bibliography index glossary license licence about acknowledgements abstract background overview example examples table figure translation translations author authors history changes resources questions answers`,
		script:   scriptLatin,
		alphabet: latinBase + "'",
		stop: `the of and to a in is that for it as was with be by on not he i this are or
his from at which but have an they you were her she there been one all we their has would
when if so no will more can what said its who do about out up them some could into than
other my only then time these two may after first any like our new over also did me him
where most now such much should how very those through between must both many well being
before same under three last while because own just each made way since without still down
even work against here us during another why off upon though around always never less often
himself among yet nothing whether again rather every however don' doesn' didn' isn' aren'
wasn' won' can' let shall whose whom am does done having got get our ours yours herself
itself themselves ourselves myself until within towards across behind toward therefore`,
		sample: `Last spring the city council decided to rebuild the old bridge over the river. For many years the people who live on the other side had complained that the road was too narrow and dangerous, especially in winter, when snow and ice cover everything. The new project will cost more than the government expected, but most citizens believe that it is necessary. According to the mayor, the work should begin next month and finish before the end of the following year.
History shows that great changes rarely happen quickly. Every generation must learn again what its parents already knew: that freedom, peace and justice depend on the daily efforts of ordinary men and women. Workers, students and teachers took part in the discussion, and some of them wrote letters to the newspapers in order to explain their position.
In the small village where my grandmother was born, there was only one school, a church and a market on the main square. Children walked several kilometres every morning, and in the evening they helped their families in the fields. Nobody had a car, and the nearest hospital was two hours away by train. Life was hard, but people shared what they had and nobody felt alone.
Modern technology has changed the way we work, travel and communicate with each other. Today a young programmer can write software at home and sell it to companies on the other side of the world. However, many experts warn that these new possibilities also bring serious problems: personal data may be stolen, and some jobs will probably disappear. The question is not whether we should use these tools, but how we can use them wisely.
Each member of the association has the right to vote and to be elected. The rules described in this document apply to all members equally, without any distinction. If a change is necessary, it must be approved by the general assembly, and the new version will be published on the website. Questions and suggestions may be sent to the secretary at any time.
The weather was beautiful yesterday, so we went to the mountains with our friends. We ate bread, cheese and fruit near a lake, talked about books and films, and came back late at night, tired but happy. Why don't you come with us next time? I think you would like it very much.`,
	},
	{
		code:     "es",
		prior:    -0.3,
		lex:      `artículo capítulo sección parte resumen introducción índice prefacio preámbulo prólogo conclusión conclusiones apéndice notas nota referencias bibliografía glosario licencia acerca agradecimientos ejemplo ejemplos tabla figura traducción traducciones autor autores historia cambios preguntas respuestas`,
		script:   scriptLatin,
		alphabet: latinBase + "áéíóúüñ",
		stop: `de la que el en y a los se del las un por con no una su para es al lo como más
pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde
quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí
antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros
os nuestro nuestra nuestros nuestras esos esas estoy está estamos están ser soy eres somos
son era eran fue fueron ha han había habían he hemos tiene tienen tenía puede pueden hacer
hace así según aunque sino mientras siempre ahora después bien solo sólo cada tan tras luego
aquí allí cómo cuándo dónde cuál hacia usted ustedes sea sean será serán fueron estaba
estaban muchas pues entonces menos mismo misma ningún ninguna hubo tiempo vez veces`,
		sample: `La primavera pasada, el ayuntamiento decidió reconstruir el viejo puente sobre el río. Durante muchos años, las personas que viven al otro lado se habían quejado de que la carretera era demasiado estrecha y peligrosa, sobre todo en invierno, cuando la nieve y el hielo lo cubren todo. El nuevo proyecto costará más de lo que esperaba el gobierno, pero la mayoría de los ciudadanos cree que es necesario. Según el alcalde, las obras deberían empezar el mes que viene y terminar antes del final del año siguiente.
La historia demuestra que los grandes cambios rara vez ocurren con rapidez. Cada generación tiene que aprender de nuevo lo que sus padres ya sabían: que la libertad, la paz y la justicia dependen del esfuerzo diario de hombres y mujeres corrientes. Trabajadores, estudiantes y profesores participaron en el debate, y algunos de ellos escribieron cartas a los periódicos para explicar su postura.
En el pequeño pueblo donde nació mi abuela solo había una escuela, una iglesia y un mercado en la plaza mayor. Los niños caminaban varios kilómetros cada mañana y por la tarde ayudaban a sus familias en el campo. Nadie tenía coche, y el hospital más cercano estaba a dos horas en tren. La vida era dura, pero la gente compartía lo que tenía y nadie se sentía solo.
La tecnología moderna ha cambiado nuestra forma de trabajar, viajar y comunicarnos. Hoy un joven programador puede escribir software en casa y vendérselo a empresas del otro lado del mundo. Sin embargo, muchos expertos advierten que estas nuevas posibilidades también traen problemas serios: los datos personales pueden ser robados y algunos empleos probablemente desaparecerán. La cuestión no es si debemos usar estas herramientas, sino cómo podemos usarlas con sensatez.
Cada miembro de la asociación tiene derecho a votar y a ser elegido. Las normas descritas en este documento se aplican por igual a todos los miembros, sin ninguna distinción. Si un cambio es necesario, deberá ser aprobado por la asamblea general, y la nueva versión se publicará en el sitio web. Las preguntas y sugerencias pueden enviarse al secretario en cualquier momento.
Ayer hizo un tiempo precioso, así que fuimos a la montaña con nuestros amigos. Comimos pan, queso y fruta junto a un lago, hablamos de libros y películas y volvimos tarde por la noche, cansados pero felices. ¿Por qué no vienes con nosotros la próxima vez? Creo que te gustaría mucho. ¡Qué niño tan pequeño!`,
	},
	{
		code:     "ru",
		prior:    -0.3,
		lex:      `статья глава раздел часть резюме введение вступление содержание предисловие преамбула заключение выводы приложение примечания примечание ссылки литература указатель глоссарий лицензия авторе благодарности пример примеры таблица рисунок перевод переводы автор авторы история изменения вопросы ответы кратко`,
		script:   scriptCyrillic,
		alphabet: "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
		stop: `и в не на я что он с как а то все она так его но да ты к у же вы за бы по только
ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну ли если уже или ни быть
был него до вас опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней
для мы тебя их чем была сам без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас
про всего них какая много разве три эту моя свою этой перед иногда лучше чуть том нельзя
такой им более всегда конечно всю между это также является являются однако которые который
которая которое которых которой котором году года лет во со ко из-за также уже чтобы этих
эта эти такие таких своей своих свой своего её нам вами ими ею мною`,
		sample: `Прошлой весной городской совет решил перестроить старый мост через реку. Много лет люди, которые живут на другом берегу, жаловались, что дорога слишком узкая и опасная, особенно зимой, когда снег и лёд покрывают всё вокруг. Новый проект обойдётся дороже, чем ожидало правительство, но большинство граждан считает, что он необходим. По словам мэра, работы должны начаться в следующем месяце и закончиться до конца следующего года.
История показывает, что большие перемены редко происходят быстро. Каждое поколение должно заново узнать то, что уже знали его родители: что свобода, мир и справедливость зависят от ежедневных усилий обычных мужчин и женщин. Рабочие, студенты и учителя приняли участие в обсуждении, а некоторые из них написали письма в газеты, чтобы объяснить свою позицию.
В маленькой деревне, где родилась моя бабушка, была только одна школа, церковь и рынок на главной площади. Дети каждое утро проходили несколько километров, а вечером помогали своим семьям в поле. Ни у кого не было машины, а ближайшая больница находилась в двух часах езды на поезде. Жизнь была тяжёлой, но люди делились тем, что у них было, и никто не чувствовал себя одиноким.
Современные технологии изменили то, как мы работаем, путешествуем и общаемся друг с другом. Сегодня молодой программист может писать программы дома и продавать их компаниям на другом конце света. Однако многие эксперты предупреждают, что эти новые возможности приносят и серьёзные проблемы: личные данные могут быть украдены, а некоторые рабочие места, вероятно, исчезнут. Вопрос не в том, стоит ли нам пользоваться этими инструментами, а в том, как использовать их разумно.
Каждый член объединения имеет право голосовать и быть избранным. Правила, описанные в этом документе, в равной мере применяются ко всем членам без какого-либо различия. Если изменение необходимо, оно должно быть одобрено общим собранием, а новая версия будет опубликована на сайте. Вопросы и предложения можно в любое время направлять секретарю.
Вчера была прекрасная погода, поэтому мы поехали в горы с друзьями. Мы ели хлеб, сыр и фрукты у озера, говорили о книгах и фильмах и вернулись поздно ночью, уставшие, но счастливые. Почему бы тебе не поехать с нами в следующий раз? Думаю, тебе бы это очень понравилось. Это объявление съёмочной группы: подъезд закрыт.`,
	},
	{
		code:     "uk",
		prior:    -0.8,
		lex:      `стаття розділ частина резюме вступ зміст передмова преамбула висновки висновок додаток примітки примітка посилання література покажчик глосарій ліцензія авторові подяки приклад приклади таблиця рисунок переклад переклади автор автори історія зміни питання відповіді коротко`,
		script:   scriptCyrillic,
		alphabet: "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
		stop: `і в на з що не та у до як це він а за але від я так його й по про ми вони вона для
ж то все ще був була було були бути є навіть коли якщо або чи вже тільки лише також тому
щоб може можна має мають їх її їй йому ним нею них нас вас нам вам мені мене тебе ти ви
себе свій своє свою свого своїх цей ця цього цієї ці цих той тих який яка яке які якої
якого яких де там тут тепер потім після перед між через під над без при разом проте однак
адже бо хоча дуже більш більше ніж ні нічого ніхто кожен всі усі весь вся інші інший
інша іншого одна один одного зі із же році року років треба саме зараз своєї свої нею цим
цьому якій якому ними цю ось`,
		sample: `Минулої весни міська рада вирішила перебудувати старий міст через річку. Багато років люди, які живуть на іншому березі, скаржилися, що дорога занадто вузька й небезпечна, особливо взимку, коли сніг і лід укривають усе навколо. Новий проєкт коштуватиме більше, ніж очікував уряд, але більшість громадян вважає, що він потрібен. За словами мера, роботи мають розпочатися наступного місяця й завершитися до кінця наступного року.
Історія показує, що великі зміни рідко відбуваються швидко. Кожне покоління мусить знову дізнатися те, що вже знали його батьки: що свобода, мир і справедливість залежать від щоденних зусиль звичайних чоловіків і жінок. Робітники, студенти та вчителі взяли участь в обговоренні, а деякі з них написали листи до газет, щоб пояснити свою позицію.
У маленькому селі, де народилася моя бабуся, була лише одна школа, церква та ринок на головній площі. Діти щоранку проходили кілька кілометрів, а ввечері допомагали своїм родинам у полі. Ні в кого не було машини, а найближча лікарня була за дві години їзди потягом. Життя було важким, але люди ділилися тим, що мали, і ніхто не почувався самотнім.
Сучасні технології змінили те, як ми працюємо, подорожуємо та спілкуємося одне з одним. Сьогодні молодий програміст може писати програми вдома й продавати їх компаніям на іншому кінці світу. Проте багато експертів попереджають, що ці нові можливості приносять і серйозні проблеми: особисті дані можуть бути викрадені, а деякі робочі місця, імовірно, зникнуть. Питання не в тому, чи варто нам користуватися цими інструментами, а в тому, як використовувати їх розумно.
Кожен член об'єднання має право голосувати й бути обраним. Правила, описані в цьому документі, однаково застосовуються до всіх членів без будь-якої різниці. Якщо зміна необхідна, її мають схвалити загальні збори, а нова версія буде опублікована на сайті. Запитання та пропозиції можна будь-коли надсилати секретареві.
Учора була чудова погода, тож ми поїхали в гори з друзями. Ми їли хліб, сир і фрукти біля озера, розмовляли про книжки та фільми й повернулися пізно вночі, втомлені, але щасливі. Чому б тобі не поїхати з нами наступного разу? Думаю, тобі б це дуже сподобалося. Ґанок її будинку був м'який від моху, а п'ятеро дітей гралися на подвір'ї.`,
	},
	{
		code:     "de",
		prior:    -0.3,
		lex:      `artikel kapitel abschnitt teil zusammenfassung einleitung einführung inhalt inhaltsverzeichnis vorwort präambel schluss fazit anhang anmerkungen anmerkung hinweise literatur quellen glossar lizenz danksagung beispiel beispiele tabelle abbildung übersetzung übersetzungen autor autoren geschichte änderungen fragen antworten`,
		script:   scriptLatin,
		alphabet: latinBase + "äöüß",
		stop: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als
auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über
einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihr ihre
ihren seine seiner seinen wenn ich was kann schon dann unter wir soll worden diese dieser
dieses diesen hatte ab zwischen keine kein wieder immer gegen also nun ohne weil doch seit
sehr alle allem allen beim hier dort wo wer können müssen muss uns euch mich mir dich dir
waren sondern während denn jedoch ob jetzt du ihm ihn ihnen unser unsere eines welche
welcher welches sowie bereits etwa vom ins wurden hatten sollen will würde könnte gibt`,
		sample: `Im vergangenen Frühjahr hat der Stadtrat beschlossen, die alte Brücke über den Fluss neu zu bauen. Viele Jahre lang hatten sich die Menschen, die auf der anderen Seite wohnen, darüber beschwert, dass die Straße zu eng und gefährlich sei, besonders im Winter, wenn Schnee und Eis alles bedecken. Das neue Projekt wird mehr kosten, als die Regierung erwartet hatte, aber die meisten Bürger halten es für notwendig. Nach Angaben des Bürgermeisters sollen die Arbeiten im nächsten Monat beginnen und vor dem Ende des folgenden Jahres abgeschlossen sein.
Die Geschichte zeigt, dass große Veränderungen selten schnell geschehen. Jede Generation muss von neuem lernen, was ihre Eltern schon wussten: dass Freiheit, Frieden und Gerechtigkeit von den täglichen Anstrengungen gewöhnlicher Männer und Frauen abhängen. Arbeiter, Studenten und Lehrer nahmen an der Diskussion teil, und einige von ihnen schrieben Briefe an die Zeitungen, um ihre Haltung zu erklären.
In dem kleinen Dorf, in dem meine Großmutter geboren wurde, gab es nur eine Schule, eine Kirche und einen Markt auf dem Hauptplatz. Die Kinder liefen jeden Morgen mehrere Kilometer, und am Abend halfen sie ihren Familien auf den Feldern. Niemand hatte ein Auto, und das nächste Krankenhaus war zwei Stunden mit dem Zug entfernt. Das Leben war hart, aber die Leute teilten, was sie hatten, und niemand fühlte sich allein.
Die moderne Technik hat verändert, wie wir arbeiten, reisen und miteinander kommunizieren. Heute kann ein junger Programmierer zu Hause Software schreiben und sie an Firmen auf der anderen Seite der Welt verkaufen. Viele Fachleute warnen jedoch, dass diese neuen Möglichkeiten auch ernste Probleme mit sich bringen: Persönliche Daten können gestohlen werden, und manche Arbeitsplätze werden wahrscheinlich verschwinden. Die Frage ist nicht, ob wir diese Werkzeuge benutzen sollen, sondern wie wir sie klug einsetzen können.
Jedes Mitglied des Vereins hat das Recht zu wählen und gewählt zu werden. Die in diesem Dokument beschriebenen Regeln gelten für alle Mitglieder gleichermaßen, ohne jeden Unterschied. Wenn eine Änderung notwendig ist, muss sie von der Mitgliederversammlung genehmigt werden, und die neue Fassung wird auf der Webseite veröffentlicht. Fragen und Vorschläge können jederzeit an den Sekretär geschickt werden.
Gestern war das Wetter wunderschön, deshalb sind wir mit unseren Freunden in die Berge gefahren. Wir haben an einem See Brot, Käse und Obst gegessen, über Bücher und Filme gesprochen und sind spät in der Nacht zurückgekommen, müde, aber glücklich. Warum kommst du nächstes Mal nicht mit? Ich glaube, es würde dir sehr gefallen.`,
	},
	{
		code:     "fr",
		prior:    -0.3,
		lex:      `article chapitre section partie résumé introduction sommaire préface préambule avant-propos conclusion conclusions annexe notes note références bibliographie index glossaire licence propos remerciements exemple exemples tableau figure traduction traductions auteur auteurs historique changements questions réponses`,
		script:   scriptLatin,
		alphabet: latinBase + "àâæçéèêëîïôœùûüÿ'",
		stop: `de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se
ce il sont avec ou son été sa aux elle mais nous ils comme on leur d' l' y tout je vous ses
fait cette bien être deux même était aussi entre ces sans peut dont après où très n' s' qu'
c' j' m' ont avait sous autre si encore leurs ni donc alors tous toutes toute quand celle
celui ceux moi toi lui eux notre nos votre vos mon ma mes ton ta tes avoir faire fut sera
lors depuis avant chez contre pendant selon vers cela ceci rien aucun aucune chaque parce
puis elles ça là comment pourquoi doit peuvent fois déjà toujours jamais`,
		sample: `Le printemps dernier, le conseil municipal a décidé de reconstruire le vieux pont sur la rivière. Pendant de nombreuses années, les habitants de l'autre rive se sont plaints que la route était trop étroite et dangereuse, surtout en hiver, quand la neige et la glace recouvrent tout. Le nouveau projet coûtera plus cher que prévu par le gouvernement, mais la plupart des citoyens pensent qu'il est nécessaire. Selon le maire, les travaux devraient commencer le mois prochain et se terminer avant la fin de l'année suivante.
L'histoire montre que les grands changements se produisent rarement vite. Chaque génération doit réapprendre ce que ses parents savaient déjà : que la liberté, la paix et la justice dépendent des efforts quotidiens d'hommes et de femmes ordinaires. Des ouvriers, des étudiants et des enseignants ont participé à la discussion, et certains d'entre eux ont écrit des lettres aux journaux pour expliquer leur position.
Dans le petit village où ma grand-mère est née, il n'y avait qu'une école, une église et un marché sur la place principale. Les enfants marchaient plusieurs kilomètres chaque matin et, le soir, ils aidaient leurs familles dans les champs. Personne n'avait de voiture, et l'hôpital le plus proche était à deux heures de train. La vie était dure, mais les gens partageaient ce qu'ils avaient et personne ne se sentait seul.
La technologie moderne a changé notre façon de travailler, de voyager et de communiquer les uns avec les autres. Aujourd'hui, un jeune programmeur peut écrire un logiciel chez lui et le vendre à des entreprises à l'autre bout du monde. Cependant, beaucoup d'experts préviennent que ces nouvelles possibilités entraînent aussi de graves problèmes : les données personnelles peuvent être volées et certains emplois vont probablement disparaître. La question n'est pas de savoir si nous devons utiliser ces outils, mais comment nous pouvons les utiliser avec sagesse.
Chaque membre de l'association a le droit de voter et d'être élu. Les règles décrites dans ce document s'appliquent de la même manière à tous les membres, sans aucune distinction. Si un changement est nécessaire, il doit être approuvé par l'assemblée générale, et la nouvelle version sera publiée sur le site. Les questions et les suggestions peuvent être envoyées au secrétaire à tout moment.
Hier, il faisait un temps magnifique, alors nous sommes allés à la montagne avec nos amis. Nous avons mangé du pain, du fromage et des fruits près d'un lac, nous avons parlé de livres et de films, et nous sommes rentrés tard dans la nuit, fatigués mais heureux. Pourquoi ne viens-tu pas avec nous la prochaine fois ? Je crois que ça te plairait beaucoup. Leur sœur a déjà reçu une lettre.`,
	},
	{
		code:     "it",
		prior:    -0.6,
		lex:      `articolo capitolo sezione parte riassunto sommario introduzione indice prefazione preambolo conclusione conclusioni appendice note nota riferimenti bibliografia glossario licenza informazioni ringraziamenti esempio esempi tabella figura traduzione traduzioni autore autori storia modifiche domande risposte`,
		script:   scriptLatin,
		alphabet: latinBase + "àèéìíòóùú'",
		stop: `di e il la che a in un è per non una i del da con si le al della sono lo come ma
gli più anche ha dei nel alla se ho o questo io ci mi era delle sua suo tutto nella essere
hanno degli dal quando molto lui ne già cosa loro dalla questa stato fatto solo poi fra tra
sul sulla ancora perché così dove noi voi lei tu ti vi mio mia miei tuo tua suoi nostro
nostra vostro questi queste quello quella quelli quelle chi cui ogni alcuni tutti tutte
prima dopo sempre mai qui però quindi oppure nei negli nelle agli alle ai dai dagli sui può
possono aveva erano siamo uno sia fosse senza contro durante secondo mentre verso l' dell'
all' nell' un' d' c' dall' sull' quest' anni allo dello nello col`,
		sample: `La primavera scorsa il consiglio comunale ha deciso di ricostruire il vecchio ponte sul fiume. Per molti anni le persone che vivono dall'altra parte si erano lamentate che la strada era troppo stretta e pericolosa, soprattutto d'inverno, quando la neve e il ghiaccio coprono tutto. Il nuovo progetto costerà più di quanto il governo si aspettasse, ma la maggior parte dei cittadini crede che sia necessario. Secondo il sindaco, i lavori dovrebbero cominciare il mese prossimo e finire prima della fine dell'anno successivo.
La storia dimostra che i grandi cambiamenti raramente avvengono in fretta. Ogni generazione deve imparare di nuovo ciò che i suoi genitori sapevano già: che la libertà, la pace e la giustizia dipendono dallo sforzo quotidiano di uomini e donne comuni. Lavoratori, studenti e insegnanti hanno partecipato alla discussione, e alcuni di loro hanno scritto lettere ai giornali per spiegare la loro posizione.
Nel piccolo paese dove è nata mia nonna c'erano soltanto una scuola, una chiesa e un mercato nella piazza principale. I bambini camminavano per diversi chilometri ogni mattina e la sera aiutavano le loro famiglie nei campi. Nessuno aveva la macchina, e l'ospedale più vicino era a due ore di treno. La vita era dura, ma la gente divideva quello che aveva e nessuno si sentiva solo.
La tecnologia moderna ha cambiato il modo in cui lavoriamo, viaggiamo e comunichiamo gli uni con gli altri. Oggi un giovane programmatore può scrivere software a casa e venderlo ad aziende dall'altra parte del mondo. Tuttavia molti esperti avvertono che queste nuove possibilità portano anche problemi seri: i dati personali possono essere rubati e alcuni posti di lavoro probabilmente scompariranno. La questione non è se dobbiamo usare questi strumenti, ma come possiamo usarli con saggezza.
Ogni membro dell'associazione ha il diritto di votare e di essere eletto. Le regole descritte in questo documento si applicano allo stesso modo a tutti i membri, senza alcuna distinzione. Se una modifica è necessaria, deve essere approvata dall'assemblea generale, e la nuova versione sarà pubblicata sul sito. Domande e suggerimenti possono essere inviati al segretario in qualsiasi momento.
Ieri il tempo era bellissimo, così siamo andati in montagna con i nostri amici. Abbiamo mangiato pane, formaggio e frutta vicino a un lago, abbiamo parlato di libri e di film e siamo tornati tardi la sera, stanchi ma felici. Perché non vieni con noi la prossima volta? Penso che ti piacerebbe molto. Gli ho già detto tutto quello che so.`,
	},
	{
		code:     "pt",
		prior:    -0.6,
		lex:      `artigo capítulo secção seção parte resumo introdução índice prefácio preâmbulo conclusão conclusões apêndice notas nota referências bibliografia glossário licença sobre agradecimentos exemplo exemplos tabela figura tradução traduções autor autores história alterações perguntas respostas`,
		script:   scriptLatin,
		alphabet: latinBase + "áâãàçéêíóôõú",
		stop: `de a o que e do da em um para é com não uma os no se na por mais as dos como mas
foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até
isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram
essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe deles
essas esses pelas este fosse dele tu te vocês vos lhes meus minhas teu tua nosso nossa
nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo estou
estamos estava estavam sou são somos eram fui pode podem fazer faz assim segundo embora
ainda sempre agora bem cada onde então aqui lá porque sobre contra durante neste nesta desta
deste outro outra outros outras todos todas tudo`,
		sample: `Na primavera passada, a câmara municipal decidiu reconstruir a velha ponte sobre o rio. Durante muitos anos, as pessoas que vivem do outro lado queixaram-se de que a estrada era demasiado estreita e perigosa, sobretudo no inverno, quando a neve e o gelo cobrem tudo. O novo projeto vai custar mais do que o governo esperava, mas a maioria dos cidadãos acredita que é necessário. Segundo o presidente da câmara, as obras devem começar no próximo mês e terminar antes do fim do ano seguinte.
A história mostra que as grandes mudanças raramente acontecem depressa. Cada geração tem de aprender outra vez aquilo que os seus pais já sabiam: que a liberdade, a paz e a justiça dependem do esforço diário de homens e mulheres comuns. Trabalhadores, estudantes e professores participaram na discussão, e alguns deles escreveram cartas aos jornais para explicar a sua posição.
Na pequena aldeia onde a minha avó nasceu, havia apenas uma escola, uma igreja e um mercado na praça principal. As crianças caminhavam vários quilómetros todas as manhãs e, à tarde, ajudavam as suas famílias nos campos. Ninguém tinha carro, e o hospital mais próximo ficava a duas horas de comboio. A vida era difícil, mas as pessoas partilhavam o que tinham e ninguém se sentia sozinho.
A tecnologia moderna mudou a maneira como trabalhamos, viajamos e comunicamos uns com os outros. Hoje, um jovem programador pode escrever software em casa e vendê-lo a empresas do outro lado do mundo. No entanto, muitos especialistas avisam que estas novas possibilidades também trazem problemas graves: os dados pessoais podem ser roubados e alguns empregos vão provavelmente desaparecer. A questão não é se devemos usar estas ferramentas, mas como podemos usá-las com sabedoria.
Cada membro da associação tem o direito de votar e de ser eleito. As regras descritas neste documento aplicam-se igualmente a todos os membros, sem qualquer distinção. Se uma alteração for necessária, terá de ser aprovada pela assembleia geral, e a nova versão será publicada no site. As perguntas e sugestões podem ser enviadas ao secretário a qualquer momento.
Ontem estava um tempo lindo, por isso fomos às montanhas com os nossos amigos. Comemos pão, queijo e fruta perto de um lago, falámos de livros e filmes e voltámos tarde da noite, cansados mas felizes. Por que é que não vens connosco da próxima vez? Acho que ias gostar muito. Você também pode trazer a sua irmã, não é?`,
	},
	{
		code:     "pl",
		prior:    -0.6,
		lex:      `artykuł rozdział sekcja część streszczenie wstęp wprowadzenie spis przedmowa preambuła zakończenie wnioski załącznik przypisy uwagi bibliografia indeks słownik licencja autorze podziękowania przykład przykłady tabela rysunek tłumaczenie tłumaczenia autor autorzy historia zmiany pytania odpowiedzi`,
		script:   scriptLatin,
		alphabet: latinBase + "ąćęłńóśźż",
		stop: `i w na z się nie do to że jest o a jak po co ale tak od za przez dla czy już jego
go być tylko może są przy jako tego które który która także oraz było był była ich ma mnie
mi jej je ze we ten ta te tym tej tych bardzo jeszcze można kiedy gdzie więc teraz też
nawet między bez pod nad przed aby żeby gdy lub albo sobie siebie nas was nam wam my wy on
ona ono oni one jestem będzie były będą według wszystko wszystkich każdy u jednak ze tu
tam coś nic nigdy zawsze bo ani gdyż czyli jakie jaki jaka których którego której swoje
swój swoją swoich mu im niż`,
		sample: `Zeszłej wiosny rada miejska postanowiła odbudować stary most na rzece. Przez wiele lat ludzie mieszkający po drugiej stronie skarżyli się, że droga jest zbyt wąska i niebezpieczna, zwłaszcza zimą, kiedy śnieg i lód pokrywają wszystko. Nowy projekt będzie kosztował więcej, niż oczekiwał rząd, ale większość obywateli uważa, że jest on konieczny. Według burmistrza prace powinny rozpocząć się w przyszłym miesiącu i zakończyć przed końcem następnego roku.
Historia pokazuje, że wielkie zmiany rzadko następują szybko. Każde pokolenie musi na nowo uczyć się tego, co wiedzieli już jego rodzice: że wolność, pokój i sprawiedliwość zależą od codziennego wysiłku zwykłych mężczyzn i kobiet. Robotnicy, studenci i nauczyciele wzięli udział w dyskusji, a niektórzy z nich pisali listy do gazet, aby wyjaśnić swoje stanowisko.
W małej wsi, w której urodziła się moja babcia, była tylko jedna szkoła, kościół i targ na głównym placu. Dzieci chodziły każdego ranka kilka kilometrów, a wieczorem pomagały swoim rodzinom w polu. Nikt nie miał samochodu, a najbliższy szpital był dwie godziny drogi pociągiem. Życie było ciężkie, ale ludzie dzielili się tym, co mieli, i nikt nie czuł się samotny.
Nowoczesna technologia zmieniła sposób, w jaki pracujemy, podróżujemy i porozumiewamy się ze sobą. Dziś młody programista może pisać oprogramowanie w domu i sprzedawać je firmom na drugim końcu świata. Wielu ekspertów ostrzega jednak, że te nowe możliwości niosą też poważne problemy: dane osobowe mogą zostać skradzione, a niektóre miejsca pracy prawdopodobnie znikną. Pytanie nie brzmi, czy powinniśmy korzystać z tych narzędzi, ale jak możemy używać ich mądrze.
Każdy członek stowarzyszenia ma prawo głosować i być wybieranym. Zasady opisane w tym dokumencie dotyczą wszystkich członków w równym stopniu, bez żadnych różnic. Jeżeli zmiana jest konieczna, musi zostać zatwierdzona przez walne zgromadzenie, a nowa wersja zostanie opublikowana na stronie internetowej. Pytania i sugestie można w każdej chwili przesyłać do sekretarza.
Wczoraj była piękna pogoda, więc pojechaliśmy z przyjaciółmi w góry. Jedliśmy chleb, ser i owoce nad jeziorem, rozmawialiśmy o książkach i filmach i wróciliśmy późno w nocy, zmęczeni, ale szczęśliwi. Dlaczego nie pojedziesz z nami następnym razem? Myślę, że bardzo by ci się podobało. Źródło tej wiadomości jest nieznane.`,
	},
	{
		code:     "be",
		prior:    -1.0,
		lex:      `артыкул кіраўнік раздзел частка рэзюмэ уводзіны змест прадмова прэамбула заключэнне высновы дадатак заўвагі заўвага спасылкі літаратура ліцэнзія аўтары падзякі прыклад прыклады табліца малюнак пераклад пераклады аўтар гісторыя змены пытанні адказы коратка`,
		script:   scriptCyrillic,
		alphabet: "абвгдеёжзійклмнопрстуўфхцчшыьэюя'",
		stop: `і ў у на з не што а да як гэта ён яна яны па за ад але таксама так толькі ці калі
было быў была былі быць ёсць мы вы я ты іх яго яе ёй ім ж ужо яшчэ таму каб можа трэба
пра для пры без пасля перад паміж праз над пад гэты гэтая гэтае гэтыя гэтага гэтай якія
які якая якое дзе там тут цяпер потым вельмі больш чым ні нічога ўсе усе ўсё усё сабе
свой сваё сваю свайго сваіх адзін адна адным іншыя іншы бо хоць жа ўжо годзе года гадоў
мне мяне цябе нас вас нам вам іх ёю ім сам сама самі гэтым гэтых якога якой`,
		sample: `Мінулай вясной гарадская рада вырашыла перабудаваць стары мост праз раку. Шмат гадоў людзі, якія жывуць на другім беразе, скардзіліся, што дарога занадта вузкая і небяспечная, асабліва зімой, калі снег і лёд пакрываюць усё вакол. Новы праект будзе каштаваць больш, чым чакаў урад, але большасць грамадзян лічыць, што ён неабходны. Па словах мэра, працы павінны пачацца ў наступным месяцы і скончыцца да канца наступнага года.
Гісторыя паказвае, што вялікія перамены рэдка адбываюцца хутка. Кожнае пакаленне павінна зноў даведацца тое, што ўжо ведалі яго бацькі: што свабода, мір і справядлівасць залежаць ад штодзённых намаганняў звычайных мужчын і жанчын. Рабочыя, студэнты і настаўнікі ўзялі ўдзел у абмеркаванні, а некаторыя з іх напісалі лісты ў газеты, каб растлумачыць сваю пазіцыю.
У маленькай вёсцы, дзе нарадзілася мая бабуля, была толькі адна школа, царква і рынак на галоўнай плошчы. Дзеці кожную раніцу праходзілі некалькі кіламетраў, а ўвечары дапамагалі сваім сем'ям у полі. Ні ў кога не было машыны, а бліжэйшая бальніца знаходзілася ў дзвюх гадзінах язды цягніком. Жыццё было цяжкім, але людзі дзяліліся тым, што ў іх было, і ніхто не адчуваў сябе адзінокім.
Сучасныя тэхналогіі змянілі тое, як мы працуем, падарожнічаем і зносімся адзін з адным. Сёння малады праграміст можа пісаць праграмы дома і прадаваць іх кампаніям на другім канцы свету. Аднак шмат экспертаў папярэджваюць, што гэтыя новыя магчымасці прыносяць і сур'ёзныя праблемы: асабістыя даныя могуць быць скрадзены, а некаторыя працоўныя месцы, верагодна, знікнуць. Пытанне не ў тым, ці варта нам карыстацца гэтымі інструментамі, а ў тым, як выкарыстоўваць іх разумна.
Кожны член аб'яднання мае права галасаваць і быць абраным. Правілы, апісаныя ў гэтым дакуменце, аднолькава дастасоўваюцца да ўсіх членаў без якой-небудзь розніцы. Калі змяненне неабходнае, яго павінен зацвердзіць агульны сход, а новая версія будзе апублікавана на сайце. Пытанні і прапановы можна ў любы час дасылаць сакратару.
Учора было цудоўнае надвор'е, таму мы паехалі ў горы з сябрамі. Мы елі хлеб, сыр і садавіну каля возера, размаўлялі пра кнігі і фільмы і вярнуліся позна ўначы, стомленыя, але шчаслівыя. Чаму б табе не паехаць з намі наступным разам? Думаю, табе б гэта вельмі спадабалася.`,
	},
	{
		code:     "bg",
		prior:    -1.0,
		lex:      `член глава раздел част резюме въведение увод съдържание предговор преамбюл заключение изводи приложение бележки бележка препратки литература указател речник лиценз автора благодарности пример примери таблица фигура превод преводи автор автори история промени въпроси отговори накратко`,
		script:   scriptCyrillic,
		alphabet: "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
		stop: `и в на да е се не за от с че по то са ще как това тя той те ги го му ѝ й им но а
или ако като при до след без към си съм сме сте беше бяха бил била било били има няма може
трябва който която което които кой коя кое кои този тази тези там тук сега още вече само
много повече също така защото когато където между през над под пред един една едно едни
всички всеки нещо нищо нито ни ние вие аз ти мен теб нас вас тях свой своя своето своите
обаче дори години година със във пък нали ето какво
кога къде защо някой някои никой всичко вече днес утре вчера добре голям голяма голямо
малко наистина искам искаме трябваше нейния неговия тяхната`,
		sample: `Миналата пролет общинският съвет реши да построи наново стария мост над реката. Години наред хората, които живеят на другия бряг, се оплакваха, че пътят е твърде тесен и опасен, особено през зимата, когато снегът и ледът покриват всичко. Новият проект ще струва повече, отколкото очакваше правителството, но повечето граждани смятат, че той е необходим. Според кмета работата трябва да започне следващия месец и да завърши преди края на следващата година.
Историята показва, че големите промени рядко стават бързо. Всяко поколение трябва отново да научи това, което родителите му вече са знаели: че свободата, мирът и справедливостта зависят от ежедневните усилия на обикновените мъже и жени. Работници, студенти и учители взеха участие в обсъждането, а някои от тях написаха писма до вестниците, за да обяснят позицията си.
В малкото село, където е родена баба ми, имаше само едно училище, една църква и пазар на главния площад. Децата вървяха по няколко километра всяка сутрин, а вечер помагаха на семействата си на полето. Никой нямаше кола, а най-близката болница беше на два часа път с влак. Животът беше тежък, но хората споделяха каквото имаха и никой не се чувстваше сам.
Съвременните технологии промениха начина, по който работим, пътуваме и общуваме помежду си. Днес един млад програмист може да пише софтуер у дома и да го продава на компании от другия край на света. Много експерти обаче предупреждават, че тези нови възможности носят и сериозни проблеми: личните данни могат да бъдат откраднати, а някои работни места вероятно ще изчезнат. Въпросът не е дали трябва да използваме тези инструменти, а как да ги използваме разумно.
Всеки член на сдружението има право да гласува и да бъде избиран. Правилата, описани в този документ, се прилагат еднакво за всички членове, без каквото и да е разграничение. Ако е необходима промяна, тя трябва да бъде одобрена от общото събрание, а новата версия ще бъде публикувана на сайта. Въпроси и предложения могат да се изпращат на секретаря по всяко време.
Вчера времето беше прекрасно, затова отидохме в планината с приятелите си. Ядохме хляб, сирене и плодове край едно езеро, говорихме за книги и филми и се върнахме късно през нощта, уморени, но щастливи. Защо не дойдеш с нас следващия път? Мисля, че много би ти харесало.`,
	},
	{
		code:     "ca",
		prior:    -1.0,
		lex:      `article capítol secció part resum introducció índex prefaci preàmbul conclusió conclusions apèndix notes nota referències bibliografia glossari llicència quant agraïments exemple exemples taula figura traducció traduccions autor autors història canvis preguntes respostes`,
		script:   scriptLatin,
		alphabet: latinBase + "àèéíïòóúüç·'",
		stop: `de la que i el a en l' els un d' les per amb no una es del va al com més però és
ha seu seva s' hi ho li si han o també són ser fer tot molt quan sobre fins aquest aquesta
aquests aquestes entre ja aquí això tots totes altres altre altra hem he era eren sense on
perquè mateix mateixa cap nosaltres vosaltres ells elles jo tu ell ella em et ens us seus
seves meu meva teu teva nostre nostra vostre vostra dels als pels pel des després abans
encara sempre ara bé cada tant així doncs pot poden havia estat fa fan mai gaire tan qui
què quin quina quins quines sota contra durant segons n' m' t' vam van vaig uns unes`,
		sample: `La primavera passada, l'ajuntament va decidir reconstruir el vell pont sobre el riu. Durant molts anys, la gent que viu a l'altra banda s'havia queixat que la carretera era massa estreta i perillosa, sobretot a l'hivern, quan la neu i el gel ho cobreixen tot. El nou projecte costarà més del que esperava el govern, però la majoria dels ciutadans creu que és necessari. Segons l'alcalde, les obres haurien de començar el mes que ve i acabar abans de la fi de l'any següent.
La història demostra que els grans canvis rarament passen de pressa. Cada generació ha d'aprendre de nou allò que els seus pares ja sabien: que la llibertat, la pau i la justícia depenen de l'esforç diari d'homes i dones corrents. Treballadors, estudiants i professors van participar en el debat, i alguns d'ells van escriure cartes als diaris per explicar la seva posició.
Al petit poble on va néixer la meva àvia només hi havia una escola, una església i un mercat a la plaça major. Els nens caminaven diversos quilòmetres cada matí, i a la tarda ajudaven les seves famílies als camps. Ningú no tenia cotxe, i l'hospital més proper era a dues hores amb tren. La vida era dura, però la gent compartia el que tenia i ningú no se sentia sol.
La tecnologia moderna ha canviat la manera com treballem, viatgem i ens comuniquem els uns amb els altres. Avui un programador jove pot escriure programari a casa i vendre'l a empreses de l'altra punta del món. Tanmateix, molts experts adverteixen que aquestes noves possibilitats també comporten problemes greus: les dades personals poden ser robades i alguns llocs de treball probablement desapareixeran. La qüestió no és si hem de fer servir aquestes eines, sinó com les podem fer servir amb seny.
Cada membre de l'associació té dret a votar i a ser elegit. Les normes descrites en aquest document s'apliquen per igual a tots els membres, sense cap distinció. Si cal un canvi, l'haurà d'aprovar l'assemblea general, i la nova versió es publicarà al lloc web. Les preguntes i els suggeriments es poden enviar al secretari en qualsevol moment.
Ahir va fer un temps preciós, així que vam anar a la muntanya amb els nostres amics. Vam menjar pa, formatge i fruita a prop d'un llac, vam parlar de llibres i pel·lícules i vam tornar tard a la nit, cansats però feliços. Per què no véns amb nosaltres la pròxima vegada? Crec que t'agradaria molt. Col·laborar és molt important per a nosaltres.`,
	},
	{
		code:     "nl",
		prior:    -0.6,
		lex:      `artikel hoofdstuk paragraaf deel samenvatting inleiding inhoud voorwoord preambule conclusie conclusies bijlage noten opmerkingen referenties literatuur register woordenlijst licentie dankwoord voorbeeld voorbeelden tabel figuur vertaling vertalingen auteur auteurs geschiedenis wijzigingen vragen antwoorden`,
		script:   scriptLatin,
		alphabet: latinBase + "éëïèöü'",
		stop: `de van een het en in is dat op te zijn die voor met niet aan er om ook als dan bij
door maar heeft werd worden tot uit naar over nog wel kan zo was hij ze wat zich meer wordt
al moet deze hun geen of na dit omdat veel zal we wij jij je ik u hem haar mijn onze jullie
hebben had waren nu daar hier toen tegen zonder tussen werden zou zouden kunnen moeten
alleen iets niets altijd nooit waar wie hoe welke sinds tijdens onder boven mij me ons zij
hen wel dus toch want echter reeds bent ben zelf elk elke`,
		sample: `Afgelopen voorjaar heeft de gemeenteraad besloten de oude brug over de rivier opnieuw te bouwen. Jarenlang hadden de mensen die aan de andere kant wonen geklaagd dat de weg te smal en gevaarlijk was, vooral in de winter, wanneer sneeuw en ijs alles bedekken. Het nieuwe project zal meer kosten dan de regering had verwacht, maar de meeste burgers vinden het noodzakelijk. Volgens de burgemeester moeten de werkzaamheden volgende maand beginnen en vóór het einde van het jaar daarna klaar zijn.
De geschiedenis laat zien dat grote veranderingen zelden snel gebeuren. Elke generatie moet opnieuw leren wat haar ouders al wisten: dat vrijheid, vrede en rechtvaardigheid afhangen van de dagelijkse inspanningen van gewone mannen en vrouwen. Arbeiders, studenten en leraren namen deel aan het debat, en sommigen van hen schreven brieven naar de kranten om hun standpunt uit te leggen.
In het kleine dorp waar mijn grootmoeder werd geboren, was er maar één school, een kerk en een markt op het grote plein. De kinderen liepen elke ochtend een paar kilometer, en 's avonds hielpen ze hun families op het land. Niemand had een auto, en het dichtstbijzijnde ziekenhuis lag twee uur verderop met de trein. Het leven was zwaar, maar de mensen deelden wat ze hadden en niemand voelde zich alleen.
De moderne technologie heeft veranderd hoe we werken, reizen en met elkaar communiceren. Tegenwoordig kan een jonge programmeur thuis software schrijven en die verkopen aan bedrijven aan de andere kant van de wereld. Veel deskundigen waarschuwen echter dat deze nieuwe mogelijkheden ook ernstige problemen met zich meebrengen: persoonlijke gegevens kunnen worden gestolen en sommige banen zullen waarschijnlijk verdwijnen. De vraag is niet of we deze hulpmiddelen moeten gebruiken, maar hoe we ze verstandig kunnen inzetten.
Ieder lid van de vereniging heeft het recht om te stemmen en gekozen te worden. De regels die in dit document worden beschreven, gelden voor alle leden in gelijke mate, zonder enig onderscheid. Als een wijziging nodig is, moet die worden goedgekeurd door de algemene vergadering, en de nieuwe versie wordt op de website gepubliceerd. Vragen en suggesties kunnen op elk moment naar de secretaris worden gestuurd.
Gisteren was het prachtig weer, dus zijn we met onze vrienden naar de bergen gegaan. We aten brood, kaas en fruit bij een meer, praatten over boeken en films en kwamen laat in de nacht terug, moe maar gelukkig. Waarom ga je de volgende keer niet mee? Ik denk dat je het heel leuk zou vinden.`,
	},
	{
		code:     "sr",
		prior:    -1.0,
		lex:      `члан поглавље одељак део резиме увод садржај предговор преамбула закључак закључци прилог напомене напомена референце литература индекс речник лиценца аутору захвалнице пример примери табела слика превод преводи аутор аутори историја измене питања одговори укратко`,
		script:   scriptCyrillic,
		alphabet: "абвгдђежзијклљмнњопрстћуфхцчџш",
		stop: `и у је да на се за не од са су као што то а из о по али или ће би био била било
били бити јер када где који која које којих њих њега њој њему његов њен њихов ја ти он
она оно ми ви они оне ме те га ју их нам вам им мене тебе себе свој своја своје овај ова
ово ови ове тај та тог тога овог само још већ врло много више после пре између кроз над
под без код према до ни нити сви све свега сваки такође међутим јесте нема има може мора
треба сам смо сте јесу нису није ћу ћемо биће године године`,
		sample: `Прошлог пролећа градско веће одлучило је да обнови стари мост преко реке. Много година људи који живе на другој обали жалили су се да је пут сувише узак и опасан, нарочито зими, када снег и лед прекрију све. Нови пројекат коштаће више него што је влада очекивала, али већина грађана верује да је неопходан. Према речима градоначелника, радови би требало да почну следећег месеца и да се заврше пре краја наредне године.
Историја показује да се велике промене ретко дешавају брзо. Свака генерација мора поново да научи оно што су њени родитељи већ знали: да слобода, мир и правда зависе од свакодневног труда обичних мушкараца и жена. Радници, студенти и наставници учествовали су у расправи, а неки од њих писали су писма новинама како би објаснили свој став.
У малом селу где је рођена моја бака постојала је само једна школа, црква и пијаца на главном тргу. Ђаци су свако јутро пешачили неколико километара, а увече су помагали својим породицама у пољу. Нико није имао аутомобил, а најближа болница била је два сата вожње возом. Живот је био тежак, али људи су делили оно што су имали и нико се није осећао усамљено.
Савремена технологија променила је начин на који радимо, путујемо и комуницирамо једни с другима. Данас млади програмер може да пише софтвер код куће и да га продаје фирмама на другом крају света. Међутим, многи стручњаци упозоравају да ове нове могућности доносе и озбиљне проблеме: лични подаци могу бити украдени, а нека радна места ће вероватно нестати. Питање није да ли треба да користимо ове алате, већ како можемо да их користимо мудро.
Сваки члан удружења има право да гласа и да буде биран. Правила описана у овом документу важе подједнако за све чланове, без икакве разлике. Ако је промена неопходна, мора је одобрити скупштина, а нова верзија биће објављена на сајту. Питања и предлози могу се у свако доба послати секретару.
Јуче је било дивно време, па смо отишли у планине са пријатељима. Јели смо хлеб, сир и воће поред језера, причали о књигама и филмовима и вратили се касно ноћу, уморни али срећни. Зашто не пођеш са нама следећи пут? Мислим да би ти се много допало. Џеп му је био пун.`,
	},
	{
		code:     "cs",
		prior:    -0.8,
		lex:      `článek kapitola oddíl část shrnutí úvod obsah předmluva preambule závěr příloha poznámky poznámka odkazy literatura rejstřík slovník licence autorovi poděkování příklad příklady tabulka obrázek překlad překlady autor autoři historie změny otázky odpovědi`,
		script:   scriptLatin,
		alphabet: latinBase + "áčďéěíňóřšťúůýž",
		stop: `a se na v je že to s z o do i k ve jako jsou by pro ale za po jeho které který
která také tak jak jsem byl byla bylo od už jen nebo ze u při má mezi podle když aby
jejich ještě než však tedy pouze své svůj jsme jste jsi bude budou být byli byly tento
tato toto tyto tím toho tom této kde co proto tu ty mu ho mi mě jí ji jim nám vám nás vás
my vy on ona ono oni velmi více bez pod nad před přes ke ani až již jsou kteří jež tak
tam zde teď nic nikdy vždy svou svého své jeho její`,
		sample: `Loni na jaře rozhodla městská rada o přestavbě starého mostu přes řeku. Lidé, kteří bydlí na druhé straně, si po mnoho let stěžovali, že silnice je příliš úzká a nebezpečná, zejména v zimě, kdy všechno pokrývá sníh a led. Nový projekt bude stát víc, než vláda očekávala, ale většina občanů věří, že je nutný. Podle starosty by práce měly začít příští měsíc a skončit před koncem následujícího roku.
Dějiny ukazují, že velké změny přicházejí jen zřídka rychle. Každá generace se musí znovu naučit to, co její rodiče už věděli: že svoboda, mír a spravedlnost závisejí na každodenním úsilí obyčejných mužů a žen. Dělníci, studenti a učitelé se zúčastnili diskuse a někteří z nich psali dopisy do novin, aby vysvětlili svůj postoj.
V malé vesnici, kde se narodila moje babička, byla jen jedna škola, kostel a trh na hlavním náměstí. Děti chodily každé ráno několik kilometrů a večer pomáhaly svým rodinám na polích. Nikdo neměl auto a nejbližší nemocnice byla dvě hodiny cesty vlakem. Život byl těžký, ale lidé se dělili o to, co měli, a nikdo se necítil sám.
Moderní technika změnila způsob, jakým pracujeme, cestujeme a komunikujeme mezi sebou. Dnes může mladý programátor psát software doma a prodávat ho firmám na druhém konci světa. Mnoho odborníků však varuje, že tyto nové možnosti přinášejí také vážné problémy: osobní údaje mohou být ukradeny a některá pracovní místa pravděpodobně zaniknou. Otázkou není, zda bychom tyto nástroje měli používat, ale jak je můžeme používat moudře.
Každý člen sdružení má právo volit a být volen. Pravidla popsaná v tomto dokumentu platí pro všechny členy stejně, bez jakéhokoli rozdílu. Je-li změna nutná, musí ji schválit valná hromada a nová verze bude zveřejněna na webových stránkách. Dotazy a návrhy lze kdykoli zaslat tajemníkovi.
Včera bylo krásné počasí, a tak jsme jeli s přáteli do hor. U jezera jsme jedli chléb, sýr a ovoce, povídali jsme si o knihách a filmech a vrátili jsme se pozdě v noci, unavení, ale šťastní. Proč s námi příště nepojedeš? Myslím, že by se ti to moc líbilo.`,
	},
	{
		code:     "ro",
		prior:    -0.8,
		lex:      `articolul articol capitolul capitol secțiunea secțiune partea rezumat introducere cuprins prefață preambul concluzie concluzii anexă note notă referințe bibliografie glosar licență mulțumiri exemplu exemple tabel figură traducere traduceri autor autori istorie modificări întrebări răspunsuri`,
		script:   scriptLatin,
		alphabet: latinBase + "ăâîșț",
		stop: `de și în a la cu o care nu se un din pe că sunt mai este pentru ca ce fi dar lui au
sau prin fost această acest acesta ei le lor el ea noi voi eu tu își după până cel cea cei
cele al ale ai unei unui unor foarte despre între fără sub spre doar încă tot toate toți
fiecare când unde cum dacă deci astfel însă iar are avea aveau era erau va vor poate pot
să său sale săi ne vă mă te îl îi am ați într dintre asupra acum aici acolo niciun nicio
aceste acești aceasta acestea celor cărei cărui căror fiind fără deja`,
		sample: `Primăvara trecută, consiliul local a hotărât să reconstruiască vechiul pod de peste râu. Timp de mulți ani, oamenii care locuiesc pe celălalt mal s-au plâns că drumul este prea îngust și periculos, mai ales iarna, când zăpada și gheața acoperă totul. Noul proiect va costa mai mult decât se aștepta guvernul, dar majoritatea cetățenilor cred că este necesar. Potrivit primarului, lucrările ar trebui să înceapă luna viitoare și să se încheie înainte de sfârșitul anului următor.
Istoria arată că marile schimbări se produc rareori repede. Fiecare generație trebuie să învețe din nou ceea ce părinții ei știau deja: că libertatea, pacea și dreptatea depind de eforturile zilnice ale bărbaților și femeilor obișnuite. Muncitori, studenți și profesori au participat la discuție, iar unii dintre ei au scris scrisori către ziare pentru a-și explica poziția.
În satul mic în care s-a născut bunica mea exista o singură școală, o biserică și o piață în centrul satului. Copiii mergeau în fiecare dimineață câțiva kilometri, iar seara își ajutau familiile la câmp. Nimeni nu avea mașină, iar cel mai apropiat spital era la două ore de mers cu trenul. Viața era grea, dar oamenii împărțeau ce aveau și nimeni nu se simțea singur.
Tehnologia modernă a schimbat felul în care lucrăm, călătorim și comunicăm unii cu alții. Astăzi, un tânăr programator poate scrie programe acasă și le poate vinde unor firme de pe cealaltă parte a lumii. Totuși, mulți experți avertizează că aceste noi posibilități aduc și probleme serioase: datele personale pot fi furate, iar unele locuri de muncă vor dispărea probabil. Întrebarea nu este dacă ar trebui să folosim aceste instrumente, ci cum le putem folosi cu înțelepciune.
Fiecare membru al asociației are dreptul să voteze și să fie ales. Regulile descrise în acest document se aplică în mod egal tuturor membrilor, fără nicio deosebire. Dacă o schimbare este necesară, ea trebuie aprobată de adunarea generală, iar noua versiune va fi publicată pe site. Întrebările și sugestiile pot fi trimise secretarului în orice moment.
Ieri a fost o vreme minunată, așa că am mers la munte cu prietenii noștri. Am mâncat pâine, brânză și fructe lângă un lac, am vorbit despre cărți și filme și ne-am întors târziu în noapte, obosiți, dar fericiți. De ce nu vii cu noi data viitoare? Cred că ți-ar plăcea foarte mult.`,
	},
}
