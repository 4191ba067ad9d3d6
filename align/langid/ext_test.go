package langid

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// extCases are headings, sentences and paragraphs of documentation pages in
// the languages of extSpecs, written for these tests (not taken from the
// model's samples). The paragraphs mix in English code words, file names
// and option names as translated docs pages do.
var extCases = []struct {
	desc string
	text string
	want string
}{
	{"zh heading", "## 安装说明", "zh"},
	{"zh heading 2", "常见问题", "zh"},
	{"zh heading traditional", "## 安裝說明", "zh"},
	{"zh title", "如何从源代码构建这个项目", "zh"},
	{"zh sentence", "孩子们在花园里玩耍，他们的母亲正在做晚饭。", "zh"},
	{"zh sentence traditional", "孩子們在花園裡玩耍，他們的母親正在做晚飯。", "zh"},
	{"zh sentence 2", "我们必须在星期五开会之前完成这份报告。", "zh"},
	{"zh docs", "运行 `go build ./...` 命令来编译所有的包，然后用 `go test` 检查结果是否正确。", "zh"},
	{"zh docs traditional", "執行 `npm install` 之後，請打開 config.json 檔案並修改預設的連接埠。", "zh"},

	{"ja heading", "## インストール方法", "ja"},
	{"ja heading 2", "よくある質問", "ja"},
	{"ja title", "ソースコードからプロジェクトをビルドする方法", "ja"},
	{"ja sentence", "子どもたちが庭で遊んでいる間に、母親は夕食を作っていました。", "ja"},
	{"ja sentence 2", "金曜日の会議までにこの報告書を仕上げなければなりません。", "ja"},
	{"ja docs", "`go build ./...` を実行すると、すべてのパッケージがコンパイルされます。エラーが出た場合は `go vet` で確認してください。", "ja"},

	{"ko heading", "## 설치 방법", "ko"},
	{"ko heading 2", "자주 묻는 질문", "ko"},
	{"ko title", "소스 코드에서 프로젝트를 빌드하는 방법", "ko"},
	{"ko sentence", "아이들이 정원에서 노는 동안 어머니는 저녁을 준비했다.", "ko"},
	{"ko docs", "`go build ./...` 명령을 실행하면 모든 패키지가 컴파일됩니다. 오류가 나면 config.yaml 파일을 확인하세요.", "ko"},

	{"ar heading", "## طريقة التثبيت", "ar"},
	{"ar heading 2", "الأسئلة الشائعة", "ar"},
	{"ar title", "كيفية بناء المشروع من الشفرة المصدرية", "ar"},
	{"ar sentence", "كان الأطفال يلعبون في الحديقة بينما كانت أمهم تعد العشاء.", "ar"},
	{"ar sentence 2", "يجب أن ننهي هذا التقرير قبل اجتماع يوم الجمعة.", "ar"},
	{"ar docs", "شغّل الأمر `go build` لتجميع جميع الحزم، ثم افتح الملف config.json وغيّر المنفذ الافتراضي.", "ar"},

	{"fa heading", "## روش نصب", "fa"},
	{"fa heading 2", "پرسش\u200cهای متداول", "fa"},
	{"fa title", "چگونه پروژه را از کد منبع بسازیم", "fa"},
	{"fa sentence", "بچه\u200cها در باغ بازی می\u200cکردند و مادرشان شام درست می\u200cکرد.", "fa"},
	{"fa sentence 2", "ما باید این گزارش را پیش از جلسهٔ روز جمعه تمام کنیم.", "fa"},
	{"fa docs", "فرمان `go build` را اجرا کنید تا همهٔ بسته\u200cها کامپایل شوند، سپس پروندهٔ config.json را باز کنید.", "fa"},

	{"he heading", "## הוראות התקנה", "he"},
	{"he heading 2", "שאלות נפוצות", "he"},
	{"he sentence", "הילדים שיחקו בגינה בזמן שאמא שלהם הכינה ארוחת ערב.", "he"},
	{"he docs", "הריצו את הפקודה `go build` כדי להדר את כל החבילות, ואז פתחו את הקובץ config.json.", "he"},

	{"hi heading", "## स्थापना की विधि", "hi"},
	{"hi heading 2", "अक्सर पूछे जाने वाले प्रश्न", "hi"},
	{"hi sentence", "बच्चे बगीचे में खेल रहे थे और उनकी माँ रात का खाना बना रही थी।", "hi"},
	{"hi docs", "सभी पैकेज कंपाइल करने के लिए `go build` कमांड चलाएँ, फिर config.json फ़ाइल खोलें।", "hi"},

	{"th heading", "## วิธีการติดตั้ง", "th"},
	{"th heading 2", "คำถามที่พบบ่อย", "th"},
	{"th sentence", "เด็ก ๆ เล่นอยู่ในสวนขณะที่แม่กำลังทำอาหารเย็น", "th"},
	{"th docs", "เรียกใช้คำสั่ง `go build` เพื่อคอมไพล์แพ็กเกจทั้งหมด แล้วเปิดไฟล์ config.json", "th"},

	{"vi heading", "## Hướng dẫn cài đặt", "vi"},
	{"vi heading 2", "Câu hỏi thường gặp", "vi"},
	{"vi title", "Cách biên dịch dự án từ mã nguồn", "vi"},
	{"vi sentence", "Bọn trẻ chơi trong vườn trong khi mẹ của chúng nấu bữa tối.", "vi"},
	{"vi docs", "Chạy lệnh `go build ./...` để biên dịch tất cả các gói, sau đó mở tệp config.json và đổi cổng mặc định.", "vi"},

	{"id heading", "## Cara pemasangan", "id"},
	{"id heading 2", "Pertanyaan yang sering diajukan", "id"},
	{"id title", "Cara membangun proyek dari kode sumber", "id"},
	{"id sentence", "Anak-anak bermain di kebun sementara ibu mereka memasak makan malam.", "id"},
	{"id sentence 2", "Kita harus menyelesaikan laporan ini sebelum rapat hari Jumat.", "id"},
	{"id docs", "Jalankan perintah `go build ./...` untuk mengompilasi semua paket, lalu buka berkas config.json dan ubah port bawaan.", "id"},

	{"tr heading", "## Kurulum talimatları", "tr"},
	{"tr heading 2", "Sıkça sorulan sorular", "tr"},
	{"tr title", "Proje kaynak koddan nasıl derlenir", "tr"},
	{"tr sentence", "Çocuklar bahçede oynarken anneleri akşam yemeğini hazırlıyordu.", "tr"},
	{"tr sentence 2", "Bu raporu cuma günkü toplantıdan önce bitirmemiz gerekiyor.", "tr"},
	{"tr docs", "Tüm paketleri derlemek için `go build ./...` komutunu çalıştırın, ardından config.json dosyasını açıp varsayılan bağlantı noktasını değiştirin.", "tr"},

	{"pl docs", "Uruchom polecenie `go build ./...`, aby skompilować wszystkie pakiety, a następnie otwórz plik config.json.", "pl"},
	{"uk docs", "Запустіть команду `go build ./...`, щоб зібрати всі пакети, а потім відкрийте файл config.json.", "uk"},
	{"ru docs", "Запустите команду `go build ./...`, чтобы собрать все пакеты, а затем откройте файл config.json.", "ru"},
}

func TestExtLanguages(t *testing.T) {
	for _, tc := range extCases {
		t.Run(tc.desc, func(t *testing.T) {
			r := Identify(tc.text, nil)
			if r.Lang != tc.want {
				t.Errorf("Identify(%q) = %q (%.2f) %s, want %q", tc.text, r.Lang, r.Confidence, topScores(r, 3), tc.want)
			}
			// With the language of the text and English as candidates, as
			// the rule on untranslated text asks.
			if r2 := Identify(tc.text, []string{tc.want, "en"}); r2.Lang != tc.want {
				t.Errorf("Identify(%q, [%s en]) = %q (%.2f), want %q", tc.text, tc.want, r2.Lang, r2.Confidence, tc.want)
			}
		})
	}
}

// TestExtNotConfidentlyWrong checks that a text in the new scripts is never
// given, with confidence, to a language that does not write that script: not
// when all languages are candidates, and not when its own language is not a
// candidate (then it mostly has no language at all; a paragraph half made
// of English code words may go to English, with low confidence). Close
// pairs sharing a script (Chinese and Japanese, Arabic and Persian) may be
// confused on a short heading, but only with low confidence.
func TestExtNotConfidentlyWrong(t *testing.T) {
	others := [][]string{{"en", "es"}, {"ru", "uk"}, {"en", "fr", "de", "pl", "tr", "vi", "id"}}
	sameScript := map[string][]string{"zh": {"ja"}, "ja": {"zh"}, "ar": {"fa"}, "fa": {"ar"}}
	for _, tc := range extCases {
		if !slices.Contains([]string{"zh", "ja", "ko", "ar", "fa", "he", "hi", "th"}, tc.want) {
			continue
		}
		r := Identify(tc.text, nil)
		if r.Lang != tc.want && r.Confidence > 0.5 && !slices.Contains(sameScript[tc.want], r.Lang) {
			t.Errorf("%s: Identify(%q) = %q with confidence %.2f", tc.desc, tc.text, r.Lang, r.Confidence)
		}
		for _, cands := range others {
			if r := Identify(tc.text, cands); r.Lang != "" && r.Confidence > 0.3 {
				t.Errorf("%s: Identify(%q, %v) = %q with confidence %.2f, want no language", tc.desc, tc.text, cands, r.Lang, r.Confidence)
			}
		}
	}
	// A kanji-only heading is written the same in Chinese and Japanese:
	// whichever wins, it must not be with confidence.
	for _, text := range []string{"概要", "参考文献"} {
		if r := Identify(text, nil); r.Confidence > 0.5 {
			t.Errorf("Identify(%q) = %q with confidence %.2f, want an uncertain answer", text, r.Lang, r.Confidence)
		}
	}
}

func TestExtTokenize(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []string
	}{
		{"han in pairs", "我们的国家", []string{"我们", "的国", "家"}},
		{"japanese split at script changes", "設定を変更します", []string{"設定", "を", "変更", "します"}},
		{"katakana with the prolonged sound mark", "サーバーの", []string{"サーバー", "の"}},
		{"latin inside han", "运行go命令", []string{"运行", "go", "命令"}},
		{"digits cut a han run", "第1章", []string{"第", "章"}},
		{"devanagari vowel signs kept", "हिन्दी भाषा", []string{"हिन्दी", "भाषा"}},
		{"thai in chunks", "ภาษาไทย", []string{"ภาษา", "ไทย"}},
		{"arabic tatweel dropped", "العـــربية", []string{"العربية"}},
		{"persian zero-width non-joiner splits", "می\u200cشود", []string{"می", "شود"}},
		{"version fields dropped", "see 1.0.0-alpha.1 and beta.2 now", []string{"see", "and", "now"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, tk := range tokenize(tc.text) {
				got = append(got, tk.word)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestMaxLetters checks that a long text is read only up to maxLetters
// letters: a Spanish paragraph followed by a long English one is Spanish.
func TestMaxLetters(t *testing.T) {
	es := "Los científicos han descubierto una nueva especie de rana en la selva. "
	en := "Scientists have discovered a new species of frog in the rainforest. "
	text := ""
	for len(text) < 2*maxLetters {
		text += es
	}
	for range 50 {
		text += en
	}
	if r := Identify(text, nil); r.Lang != "es" {
		t.Errorf("got %q %s, want es", r.Lang, topScores(r, 3))
	}
	if n := len(tokenizeN(text, maxLetters)); n > maxLetters/2 {
		t.Errorf("%d tokens read, want at most %d", n, maxLetters/2)
	}
}

// TestLimitWithinFields checks that the limit on the letters read holds
// inside a long field without spaces, whatever its letters.
func TestLimitWithinFields(t *testing.T) {
	inputs := map[string]string{
		"one letter":      strings.Repeat("a", 1<<16),
		"alternating":     strings.Repeat("aб漢ก", 1<<14),
		"han":             strings.Repeat("漢", 1<<15),
		"thai with marks": strings.Repeat("ก\u0e34\u0e48", 1<<14),
		"apostrophes":     strings.Repeat("a'", 1<<15),
	}
	for name, s := range inputs {
		n := 0
		for _, tk := range tokenizeN(s, maxLetters) {
			for _, r := range tk.word {
				if unicode.IsLetter(r) {
					n++
				}
			}
		}
		if n > maxLetters+maxWordLetters {
			t.Errorf("%s: %d letters read, want at most %d", name, n, maxLetters+maxWordLetters)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"es", ""},    // a code already
		{"spa", "es"}, // ISO 639-2
		{"ger", "de"}, // ISO 639-2/B
		{"Spanish", "es"},
		{"russian", "ru"},
		{"Spansh", "es"},
		{"xx", ""},
		{"qqqqqqqq", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
