package langid

// This file holds the model data of the languages written in the scripts of
// Asia and the Middle East, and of Vietnamese, Indonesian and Turkish. Like
// data.go it was written for this package: the samples render the everyday,
// civic, software-documentation and news topics of the other samples; they
// are not taken from any of the evaluation texts.
//
// Chinese is written here in both scripts: the sample has a simplified and
// a traditional part, and the word lists give both forms, so that both are
// identified as "zh".

// numExtLang is the number of languages in extSpecs.
const numExtLang = 11

// extSpecs are the languages added to baseSpecs.
var extSpecs = [numExtLang]langSpec{
	{
		code:      "zh",
		prior:     -0.3,
		script:    scriptHan,
		wide:      []script{scriptHan},
		alphaSize: 4000,
		// Japanese shinjitai and Japanese-made characters, which neither
		// simplified nor traditional Chinese writes.
		notAlphabet: `々対発変関検択実説読続広応総辺単様戦済満歩駅図売転伝払楽薬気県険験圧営覚拡権鉄価効悪囲隠栄円塩桜仮絵勧歓観帰戯犠拠挙暁狭駆掲渓経継軽鶏撃倹剣圏顕厳鉱黒穀砕斎剤雑桟賛糸歯児湿釈収従渋獣縦粛処奨焼証乗浄剰畳縄壌嬢譲醸寝粋酔髄瀬斉摂専銭潜繊荘捜挿巣騒増蔵臓帯滝沢単弾団遅鋳庁聴懲逓転伝稲闘徳悩廃拝売髪抜晩浜併塀毎黙訳揺謡頼覧竜両猟緑涙塁霊齢労込働畑峠枠匂搾`,
		lex:         `第 章 节 條 条 部分 摘要 简介 簡介 引言 目录 目錄 前言 序言 结论 結論 附录 附錄 注释 註釋 注 参考文献 參考文獻 索引 术语表 許可 许可证 許可證 授权 授權 关于 關於 致谢 致謝 背景 概述 概述 示例 範例 例子 表 图 圖 翻译 翻譯 作者 历史 歷史 变更 變更 问题 問題 安装 安裝 用法 配置 说明 說明 文档 文件 下载 下載 更新 版本 常见问题 常見問題`,
		stop: `的 了 在 是 我 有 和 就 不 人 都 一 一个 一個 上 也 很 到 说 說 要 去 你 会 會 着 著 没有 沒有
看 好 自己 这 這 那 他 她 它 们 們 我们 我們 你们 你們 他们 他們 这个 這個 那个 那個 为 為 以 与 與 及
或 对 對 从 從 被 把 将 將 而 但 但是 因为 因為 所以 如果 可以 已经 已經 还 還 中 等 其 之 于 於
各 该 該 此 所 并 並 由 时 時 后 後 来 來 过 過 里 裡 么 麼 什么 什麼 怎么 怎麼 为了 為了 这些 這些
那些 以及 或者 并且 並且 然后 然後 因此 虽然 雖然 可能 需要 应该 應該 能 没 沒 给 給 让 讓 向
比 更 最 再 又 只 才 却 卻 吗 嗎 呢 吧 啊 地 得 个 個 年 月 日`,
		sample: `去年春天，市议会决定重建河上的那座旧桥。多年来，住在河对岸的人们一直抱怨这条路太窄、太危险，特别是在冬天，冰雪覆盖一切的时候。新项目的费用将比政府预计的更高，但大多数市民认为这是必要的。据市长说，工程应该在下个月开始，并在明年年底之前完成。
历史表明，巨大的变化很少会迅速发生。每一代人都必须重新学习父母早已知道的道理：自由、和平与正义取决于普通男女每天的努力。工人、学生和教师参加了讨论，其中一些人还给报社写信，说明自己的立场。
在我祖母出生的那个小村子里，只有一所学校、一座教堂和主广场上的一个集市。孩子们每天早上要走好几公里路，晚上还要帮家里在地里干活。没有人有汽车，最近的医院坐火车要两个小时。生活很艰苦，但人们互相分享，谁也不觉得孤单。
现代技术改变了我们工作、旅行和彼此交流的方式。今天，一个年轻的程序员可以在家里编写软件，然后卖给世界另一端的公司。不过，许多专家警告说，这些新的可能性也带来了严重的问题：个人数据可能被盗，有些工作也许会消失。问题不在于我们是否应该使用这些工具，而在于我们怎样才能明智地使用它们。
协会的每个成员都有选举权和被选举权。本文件所述的规则平等地适用于所有成员，没有任何区别。如果需要修改，必须由全体大会批准，新版本将在协会网站上公布。
要安装这个程序，请下载最新版本，并按照手册中的说明进行操作。配置文件包含几个选项；如果缺少某个值，就使用默认值。发现错误时，请提交报告，并说明重现问题所需的步骤。每个新版本在发布之前都会自动测试，更新日志会说明添加、修复或删除了哪些内容。
部长星期二表示，两国之间的谈判将在下周继续进行。双方都希望达成协议，但一些重要问题仍未解决，首先是边境地区的未来和撤军问题。反对派批评政府，要求议会了解每一个步骤。与此同时，成千上万的人在首都示威，反对物价上涨，要求提高工资。
去年春天，市議會決定重建河上的那座舊橋。多年來，住在河對岸的人們一直抱怨這條路太窄、太危險，特別是在冬天，冰雪覆蓋一切的時候。新項目的費用將比政府預計的更高，但大多數市民認為這是必要的。
歷史表明，巨大的變化很少會迅速發生。每一代人都必須重新學習父母早已知道的道理：自由、和平與正義取決於普通男女每天的努力。
現代技術改變了我們工作、旅行和彼此交流的方式。今天，一個年輕的程式設計師可以在家裡編寫軟體，然後賣給世界另一端的公司。不過，許多專家警告說，這些新的可能性也帶來了嚴重的問題：個人資料可能被盜，有些工作也許會消失。
協會的每個成員都有選舉權和被選舉權。本文件所述的規則平等地適用於所有成員，沒有任何區別。如果需要修改，必須由全體大會批准，新版本將在協會網站上公佈。
要安裝這個程式，請下載最新版本，並按照手冊中的說明進行操作。設定檔包含幾個選項；如果缺少某個值，就使用預設值。發現錯誤時，請提交報告，並說明重現問題所需的步驟。每個新版本在發佈之前都會自動測試。
部長星期二表示，兩國之間的談判將在下週繼續進行。雙方都希望達成協議，但一些重要問題仍未解決。反對派批評政府，要求議會了解每一個步驟。與此同時，成千上萬的人在首都示威，反對物價上漲，要求提高工資。
點選「儲存」按鈕即可保存目前的設定。如果無法開啟檔案，請檢查路徑是否正確，以及您是否有讀取權限。刪除專案之前，系統會顯示一個確認對話框；選擇「取消」則不會變更任何內容。視窗右上角的圖示可以用來搜尋、列印或關閉目前的文件。發生錯誤時，程式會在狀態列中顯示訊息，並將詳細資訊寫入記錄檔。
点击“保存”按钮即可保存当前的设置。如果无法打开文件，请检查路径是否正确，以及您是否有读取权限。删除项目之前，系统会显示一个确认对话框；选择“取消”则不会更改任何内容。窗口右上角的图标可以用来搜索、打印或关闭当前的文档。发生错误时，程序会在状态栏中显示消息，并将详细信息写入日志文件。`,
	},
	{
		code:      "ja",
		prior:     -0.5,
		script:    scriptHan,
		wide:      []script{scriptHan, scriptHiragana, scriptKatakana},
		alphaSize: 3000,
		// Simplified Chinese characters, which Japanese does not write.
		notAlphabet: `们这说对时为么样现问题间关开动应实进长东门车马鸟鱼书习见话语认让记讲识该设请读调谈论证议计订许词试诉译谁课谢还没过边运达选远连迟递个给经结统级纪约红线练组细织终绍续维绿编网买卖费贵贸资赛赶质钟钱铁银锁错键镜闭闻阅队阳阴陆际陈页项须顾顺预领频颜风飞饭馆驾验鸡齐龙丝两严丰临举义乐乡亚产亲亿仅从价众优传伤伦侧债倾儿兰兴养军农冲决况冻净减击刘则刚创删别剧办务劳势华协单卫厂历压厅县发变听启员响围园图圆场坏块坚报墙处备复够头夺奋奖妇宁审宪宫寻导层岁岛币师帐带帮广庆库废异弃张归录彻忆怀态总恶惊惯愿戏战户执扩扫扬护拥择挂挥损换摄摆收敌无显晓暂术杀杂权杨极构枪柜标栏树档桥梦检欢欧毁气汇汉汤沟泪泽洁测济浏涨满灭灵热爱爷牵犹猎环琐电畅疗皱盏盖监盘码确离种积稳穷竞笔签简类粮紧纠纤纸绝继综缓罗罚职联肃肠脑脸节芦苏范荣药获营虑虽补袭观规视觉览诚详误诸贝负贡财责贫货购贯贴赖赵赞趋跃践轨转轮软轻载较辆辑输辽迁违释针钢链销闲阶隐难雾韩顶额飘饮饰驱鲜龄`,
		lex:         `第 章 節 条 部 概要 要約 はじめに 序論 序文 目次 前書き 結論 付録 注 注記 脚注 参考文献 索引 用語集 ライセンス 著者 謝辞 背景 概観 例 表 図 翻訳 履歴 変更 変更履歴 質問 インストール 使い方 設定 説明 文書 ダウンロード 更新 バージョン よくある質問`,
		stop: `の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない
この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より
による ず なり られる において ば なかっ なく しかし について せ だっ できる それ う ので なお のみ
でき き つ における および いう さらに でも ら たり その他 に関する たち ます ん なら に対して 特に
せる 及び これら とき では にて ほか ながら うち そして とともに ただし かつて それぞれ または お
ほど ものの に対する ほとんど と共に といった です とも ところ ここ します しました ください
あります ありません いません でした ません わたし 私 私たち あなた 彼 彼女 彼ら 何 どの どう`,
		sample: `去年の春、市議会は川にかかる古い橋を建て直すことを決めました。長年、向こう岸に住む人々は、道が狭すぎて危ない、特に雪と氷ですべてが覆われる冬はなおさらだと訴えてきました。新しい計画には政府の予想よりも多くの費用がかかりますが、ほとんどの市民は必要だと考えています。市長によると、工事は来月に始まり、翌年の終わりまでに完成する予定です。
歴史が示すように、大きな変化がすぐに起こることはめったにありません。どの世代も、親がすでに知っていたことを改めて学ばなければなりません。自由と平和と正義は、普通の人々の日々の努力にかかっているのです。労働者や学生、教師たちが議論に参加し、そのうちの何人かは自分の立場を説明するために新聞に手紙を書きました。
祖母が生まれた小さな村には、学校と教会が一つずつと、広場の市場しかありませんでした。子どもたちは毎朝何キロも歩き、夕方には畑で家族の手伝いをしました。車を持っている人はおらず、いちばん近い病院までは電車で二時間かかりました。生活は苦しかったけれども、人々は持っているものを分け合い、誰も孤独を感じませんでした。
現代の技術は、私たちの働き方や旅行の仕方、お互いの連絡の取り方を変えました。今では若いプログラマーが自宅でソフトウェアを書き、世界の反対側にある会社に売ることができます。しかし多くの専門家は、こうした新しい可能性が深刻な問題ももたらすと警告しています。個人情報が盗まれるかもしれませんし、なくなる仕事もあるでしょう。問題は、これらの道具を使うべきかどうかではなく、どうすれば賢く使えるかということです。
協会の会員は、誰でも投票する権利と選ばれる権利を持っています。この文書に書かれた規則は、区別なくすべての会員に等しく適用されます。変更が必要な場合は総会の承認を受けなければならず、新しい版は協会のウェブサイトで公開されます。
プログラムをインストールするには、最新のリリースをダウンロードして、マニュアルの手順に従ってください。設定ファイルにはいくつかのオプションがあります。値が指定されていない場合は、既定値が使われます。エラーを見つけたら報告を送り、問題を再現する手順を書いてください。新しいバージョンは公開される前に自動的にテストされ、変更履歴には何が追加、修正、削除されたかが記載されています。古いバージョンも引き続き入手できますが、セキュリティ更新はもう提供されません。
大臣は火曜日、両国の交渉は来週も続けられると述べました。双方とも合意を望んでいますが、国境地域の将来や軍の撤退など、重要な問題がまだ残っています。野党は政府を批判し、すべての段階について国会に報告するよう求めました。その間、首都では何千人もの人々が物価の上昇に反対し、賃金の引き上げを求めてデモを行いました。専門家によれば、この危機は数か月続く可能性があります。
「保存」ボタンをクリックすると、現在の設定が保存されます。ファイルを開けない場合は、パスが正しいかどうか、読み取りの権限があるかどうかを確認してください。プロジェクトを削除する前に確認のダイアログが表示され、「キャンセル」を選ぶと何も変更されません。ウィンドウの右上にあるアイコンで、検索や印刷、現在の文書を閉じることができます。エラーが発生すると、プログラムはステータスバーにメッセージを表示し、詳しい情報をログファイルに書き込みます。`,
	},
	{
		code:      "ko",
		prior:     -0.8,
		script:    scriptHangul,
		wide:      []script{scriptHangul},
		alphaSize: 2400,
		lex:       `제 장 절 조 부 요약 개요 소개 서론 서문 머리말 목차 결론 부록 주 주석 각주 참고 참고문헌 색인 용어집 라이선스 저자 감사의 배경 예 예제 표 그림 번역 역사 변경 변경사항 질문 설치 사용법 설정 설명 문서 다운로드 업데이트 버전 자주 묻는 질문`,
		stop: `이 그 수 있는 있다 것 및 또는 등 위해 대한 때 그리고 하지만 그러나 또한 더 다른 모든 같은
한 두 할 하는 한다 합니다 있습니다 없는 없다 없습니다 것은 것이 것을 경우 통해 따라 대해 위한
이런 이러한 그런 어떤 가장 매우 잘 안 못 다시 아직 이미 지금 여기 저 우리 우리는 우리의 나는
저는 당신 그는 그녀는 그들은 이것은 이를 그것은 있고 있어 되는 된 될 됩니다 했다 했습니다 하고
하여 하면 하지 않는 않고 않습니다 때문에 또 즉 곧 바로 모두 각 중 후 전 간 내 외 위 아래 많은`,
		sample: `지난봄 시의회는 강 위의 낡은 다리를 다시 짓기로 결정했다. 여러 해 동안 강 건너편에 사는 사람들은 길이 너무 좁고 위험하다고, 특히 눈과 얼음이 모든 것을 덮는 겨울에는 더욱 그렇다고 불평해 왔다. 새 사업에는 정부가 예상한 것보다 더 많은 비용이 들겠지만, 대부분의 시민은 꼭 필요하다고 생각한다. 시장에 따르면 공사는 다음 달에 시작해서 내년 말 전에 끝날 예정이다.
역사를 보면 큰 변화가 빨리 일어나는 일은 드물다. 모든 세대는 부모가 이미 알고 있던 것을 다시 배워야 한다. 자유와 평화와 정의는 평범한 남자와 여자들의 날마다의 노력에 달려 있다는 것이다. 노동자와 학생과 교사들이 토론에 참여했고, 그중 몇 사람은 자기 입장을 설명하려고 신문사에 편지를 썼다.
할머니가 태어나신 작은 마을에는 학교 하나와 교회 하나, 그리고 중앙 광장의 시장밖에 없었다. 아이들은 매일 아침 몇 킬로미터를 걸었고, 저녁에는 밭에서 가족을 도왔다. 자동차를 가진 사람은 아무도 없었고, 가장 가까운 병원은 기차로 두 시간 거리였다. 삶은 힘들었지만 사람들은 가진 것을 나누었고 아무도 외롭다고 느끼지 않았다.
현대 기술은 우리가 일하고 여행하고 서로 소통하는 방식을 바꾸어 놓았다. 오늘날 젊은 프로그래머는 집에서 소프트웨어를 만들어 세계 반대편에 있는 회사에 팔 수 있다. 그러나 많은 전문가들은 이러한 새로운 가능성이 심각한 문제도 가져온다고 경고한다. 개인 정보가 도난당할 수 있고 어떤 일자리는 사라질 것이다. 문제는 이 도구들을 써야 하느냐가 아니라 어떻게 현명하게 쓸 수 있느냐이다.
협회의 모든 회원은 투표할 권리와 선출될 권리를 가진다. 이 문서에 설명된 규칙은 아무런 차별 없이 모든 회원에게 똑같이 적용된다. 변경이 필요한 경우에는 총회의 승인을 받아야 하며, 새 판은 협회 웹사이트에 게시된다.
프로그램을 설치하려면 최신 릴리스를 내려받아 설명서의 안내를 따르십시오. 설정 파일에는 여러 가지 옵션이 있습니다. 값이 없으면 기본값이 사용됩니다. 오류를 발견하면 보고서를 제출하고 문제를 재현하는 데 필요한 단계를 설명해 주십시오. 새 버전은 공개되기 전에 자동으로 테스트되며, 변경 기록에는 무엇이 추가되고 수정되고 삭제되었는지가 나와 있습니다. 이전 버전도 계속 받을 수 있지만 더 이상 보안 업데이트를 받지 않습니다.
장관은 화요일에 두 나라 사이의 회담이 다음 주에도 계속될 것이라고 말했다. 양측 모두 합의에 이르기를 원하지만, 국경 지역의 미래와 군대 철수 같은 중요한 문제들이 여전히 남아 있다. 야당은 정부를 비판하면서 모든 단계를 국회에 알려야 한다고 요구했다. 그 사이 수도에서는 수천 명의 사람들이 물가 상승에 반대하고 임금 인상을 요구하며 시위를 벌였다.`,
	},
	{
		code:     "ar",
		prior:    -0.6,
		script:   scriptArabic,
		alphabet: "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
		lex:      `المادة مادة الفصل فصل القسم قسم الجزء ملخص الملخص مقدمة المقدمة المحتويات فهرس تمهيد الديباجة ديباجة خاتمة الخاتمة الخلاصة ملحق الملحق ملاحظات ملاحظة الحواشي المراجع مراجع المصادر مسرد الترخيص ترخيص المؤلف شكر خلفية نظرة مثال أمثلة جدول شكل الترجمة ترجمة التاريخ تاريخ التغييرات أسئلة التثبيت الاستخدام الإعداد الإعدادات الوثائق التنزيل تحديث الإصدار`,
		stop: `في من على إلى أن عن مع هذا هذه التي الذي كان لا ما هو هي و أو ثم قد لم لن كل بين بعد قبل
عند حتى ذلك تلك هناك إن كما أي غير أكثر بعض أيضا أيضاً لكن بل إذا حيث منذ خلال ضد نحو دون عليه
عليها له لها به بها فيه فيها منه منها هم هن نحن أنا أنت الذين يمكن يجب كانت يكون تكون قال
وقال وفي ومن وهو وهي وأن ولا وما أنه أنها إنه إنها لقد هل كيف لماذا متى أين الى علي عام التى
فقط جدا جداً ليس ليست لدى لديه لدينا كلا سوف يتم تم عندما بينما أما فإن لأن مثل`,
		sample: `قرر مجلس المدينة في الربيع الماضي إعادة بناء الجسر القديم فوق النهر. فقد اشتكى الناس الذين يعيشون على الضفة الأخرى سنوات طويلة من أن الطريق ضيق جدا وخطير، ولا سيما في الشتاء عندما يغطي الثلج والجليد كل شيء. وسيكلف المشروع الجديد أكثر مما توقعت الحكومة، لكن معظم المواطنين يرون أنه ضروري. وبحسب رئيس البلدية، يجب أن تبدأ الأعمال في الشهر المقبل وأن تنتهي قبل نهاية العام التالي.
يبين التاريخ أن التغييرات الكبيرة نادرا ما تحدث بسرعة. وعلى كل جيل أن يتعلم من جديد ما كان آباؤه يعرفونه من قبل: أن الحرية والسلام والعدالة تعتمد على الجهود اليومية للرجال والنساء العاديين. وقد شارك العمال والطلاب والمعلمون في النقاش، وكتب بعضهم رسائل إلى الصحف ليشرحوا موقفهم.
في القرية الصغيرة التي ولدت فيها جدتي لم تكن هناك إلا مدرسة واحدة وكنيسة وسوق في الساحة الرئيسية. وكان الأطفال يمشون عدة كيلومترات كل صباح، وفي المساء يساعدون أسرهم في الحقول. لم يكن لدى أحد سيارة، وكان أقرب مستشفى على بعد ساعتين بالقطار. كانت الحياة صعبة، لكن الناس كانوا يتقاسمون ما لديهم ولم يشعر أحد بالوحدة.
لقد غيرت التكنولوجيا الحديثة الطريقة التي نعمل بها ونسافر ونتواصل بها بعضنا مع بعض. واليوم يستطيع مبرمج شاب أن يكتب البرامج في بيته ويبيعها لشركات في الطرف الآخر من العالم. ومع ذلك يحذر كثير من الخبراء من أن هذه الإمكانات الجديدة تجلب أيضا مشكلات خطيرة: فقد تسرق البيانات الشخصية، وقد تختفي بعض الوظائف. والسؤال ليس هل ينبغي أن نستخدم هذه الأدوات، بل كيف نستخدمها بحكمة.
لكل عضو في الجمعية الحق في التصويت وفي أن ينتخب. وتطبق القواعد الواردة في هذه الوثيقة على جميع الأعضاء بالتساوي ودون أي تمييز. وإذا كان التغيير ضروريا فيجب أن توافق عليه الجمعية العامة، وتنشر النسخة الجديدة على موقع الجمعية.
لتثبيت البرنامج، نزّل أحدث إصدار واتبع التعليمات الواردة في الدليل. يحتوي ملف الإعدادات على عدة خيارات؛ وإذا كانت إحدى القيم مفقودة تستخدم القيمة الافتراضية. وعندما تجد خطأ، يرجى فتح تقرير ووصف الخطوات اللازمة لإعادة إنتاجه. ويختبر كل إصدار جديد تلقائيا قبل نشره، وتشرح قائمة التغييرات ما أضيف أو أصلح أو حذف.
قال الوزير يوم الثلاثاء إن المحادثات بين البلدين ستستمر الأسبوع المقبل. ويريد الطرفان التوصل إلى اتفاق، لكن مسائل مهمة ما زالت مفتوحة، وعلى رأسها مستقبل المناطق الحدودية وانسحاب القوات. وانتقدت المعارضة الحكومة وطالبت بإبلاغ البرلمان بكل خطوة. وفي الأثناء تظاهر آلاف الأشخاص في العاصمة احتجاجا على ارتفاع الأسعار ومن أجل رفع الأجور.`,
	},
	{
		code:     "fa",
		prior:    -0.9,
		script:   scriptArabic,
		alphabet: "ءآأؤئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیة",
		lex:      `ماده فصل بخش قسمت خلاصه چکیده مقدمه پیشگفتار فهرست مطالب دیباچه نتیجه نتیجه` + "\u200c" + `گیری پیوست یادداشت یادداشت` + "\u200c" + `ها پانویس منابع مراجع کتابنامه نمایه واژه` + "\u200c" + `نامه مجوز پروانه نویسنده سپاسگزاری پیشینه مثال نمونه جدول شکل ترجمه تاریخچه تغییرات پرسش پرسش` + "\u200c" + `ها نصب استفاده تنظیمات توضیحات مستندات دریافت بارگیری به` + "\u200c" + `روزرسانی نسخه`,
		stop: `و در به از که این را با است برای آن یک خود تا می شود کرد شده بر هم نیز ها های او ما شما
آنها آن` + "\u200c" + `ها وی یا اما اگر هر چه بود باشد دارد کند کنند کرده بین پس بعد پیش روی همه دیگر چند نه
هیچ چون زیرا ولی تنها همچنین باید نمی ای همین چنین اینجا آنجا بود بودند هست هستند نیست نیستند
شد شوند خواهد خواهند داد دهد دارند داشت داشته توان می` + "\u200c" + `شود می` + "\u200c" + `کند کنیم کنید ایم اید اند ام ات اش
من تو ما ایشان بسیار خیلی فقط حتی هنوز اکنون اینکه آنکه چرا چگونه کجا کی طور مانند مثل`,
		sample: `شورای شهر بهار گذشته تصمیم گرفت پل قدیمی روی رودخانه را از نو بسازد. سال` + "\u200c" + `ها بود که مردمی که در آن سوی رود زندگی می` + "\u200c" + `کنند شکایت داشتند که جاده بسیار باریک و خطرناک است، به` + "\u200c" + `ویژه در زمستان که برف و یخ همه` + "\u200c" + `جا را می` + "\u200c" + `پوشاند. هزینهٔ طرح تازه بیش از آن خواهد بود که دولت پیش` + "\u200c" + `بینی کرده بود، اما بیشتر شهروندان آن را لازم می` + "\u200c" + `دانند. به گفتهٔ شهردار، کار باید ماه آینده آغاز شود و پیش از پایان سال بعد به پایان برسد.
تاریخ نشان می` + "\u200c" + `دهد که دگرگونی` + "\u200c" + `های بزرگ به` + "\u200c" + `ندرت به` + "\u200c" + `سرعت رخ می` + "\u200c" + `دهند. هر نسلی باید دوباره چیزی را بیاموزد که پدران و مادرانش از پیش می` + "\u200c" + `دانستند: اینکه آزادی، صلح و عدالت به تلاش روزانهٔ مردان و زنان عادی بستگی دارد. کارگران، دانشجویان و معلمان در این گفت` + "\u200c" + `وگو شرکت کردند و برخی از آنان برای روزنامه` + "\u200c" + `ها نامه نوشتند تا دیدگاه خود را توضیح دهند.
در روستای کوچکی که مادربزرگم در آن به دنیا آمد، تنها یک مدرسه، یک کلیسا و یک بازار در میدان اصلی بود. کودکان هر روز صبح چندین کیلومتر پیاده راه می` + "\u200c" + `رفتند و عصرها در مزرعه به خانواده` + "\u200c" + `هایشان کمک می` + "\u200c" + `کردند. هیچ` + "\u200c" + `کس خودرو نداشت و نزدیک` + "\u200c" + `ترین بیمارستان دو ساعت با قطار فاصله داشت. زندگی سخت بود، اما مردم آنچه داشتند با هم تقسیم می` + "\u200c" + `کردند و کسی احساس تنهایی نمی` + "\u200c" + `کرد.
فناوری امروزی شیوهٔ کار کردن، سفر کردن و ارتباط ما با یکدیگر را دگرگون کرده است. امروز یک برنامه` + "\u200c" + `نویس جوان می` + "\u200c" + `تواند در خانه نرم` + "\u200c" + `افزار بنویسد و آن را به شرکت` + "\u200c" + `هایی در آن سوی جهان بفروشد. با این همه، بسیاری از کارشناسان هشدار می` + "\u200c" + `دهند که این امکانات تازه مشکلات جدی نیز به همراه دارند: ممکن است داده` + "\u200c" + `های شخصی دزدیده شوند و برخی شغل` + "\u200c" + `ها از میان بروند. پرسش این نیست که آیا باید از این ابزارها استفاده کنیم، بلکه این است که چگونه می` + "\u200c" + `توانیم خردمندانه از آن` + "\u200c" + `ها بهره ببریم.
هر عضو انجمن حق دارد رأی بدهد و انتخاب شود. قواعدی که در این سند آمده است بدون هیچ تمایزی به` + "\u200c" + `طور یکسان دربارهٔ همهٔ اعضا اجرا می` + "\u200c" + `شود. اگر تغییری لازم باشد، باید به تصویب مجمع عمومی برسد و نسخهٔ تازه در وبگاه انجمن منتشر می` + "\u200c" + `شود.
برای نصب برنامه، تازه` + "\u200c" + `ترین نسخه را بارگیری کنید و دستورهای راهنما را دنبال کنید. پروندهٔ پیکربندی چند گزینه دارد؛ اگر مقداری وجود نداشته باشد، مقدار پیش` + "\u200c" + `فرض به کار می` + "\u200c" + `رود. هنگامی که خطایی یافتید، لطفاً گزارشی باز کنید و گام` + "\u200c" + `های لازم برای بازتولید آن را شرح دهید. هر نسخهٔ تازه پیش از انتشار به` + "\u200c" + `طور خودکار آزموده می` + "\u200c" + `شود و فهرست تغییرات توضیح می` + "\u200c" + `دهد که چه چیزی افزوده، اصلاح یا حذف شده است.
وزیر روز سه` + "\u200c" + `شنبه گفت که گفت` + "\u200c" + `وگوهای میان دو کشور هفتهٔ آینده ادامه خواهد یافت. هر دو طرف می` + "\u200c" + `خواهند به توافق برسند، اما پرسش` + "\u200c" + `های مهمی همچنان باز است، به` + "\u200c" + `ویژه آیندهٔ مناطق مرزی و خروج نیروها. مخالفان دولت را نقد کردند و خواستند که مجلس از هر گامی آگاه شود. در همین حال هزاران نفر در پایتخت در اعتراض به گرانی و برای دستمزد بیشتر راهپیمایی کردند.`,
	},
	{
		code:      "he",
		prior:     -1.0,
		script:    scriptHebrew,
		wide:      []script{scriptHebrew},
		alphaSize: 28,
		lex:       `סעיף פרק חלק סיכום תקציר מבוא הקדמה תוכן עניינים פתח דבר מבוא מסקנות נספח הערות הערה מקורות ביבליוגרפיה מפתח מילון רישיון רשיון אודות המחבר תודות רקע סקירה דוגמה דוגמאות טבלה איור תרגום היסטוריה שינויים שאלות התקנה שימוש הגדרות תיעוד הורדה עדכון גרסה`,
		stop: `של את על לא עם זה כי הוא היא גם או אבל אם כל יש אין אני אתה הם הן אנחנו מה כמו רק עוד היה
הייתה היו להיות אל בין אחרי לפני עד כך זו אלה אותו אותה שלו שלה שלהם לו לה להם בו בה כדי מאוד
יותר פחות כאשר אשר איך למה מתי איפה כבר עכשיו כאן שם אף שלא זאת אותם אך ולא וגם ואת הזה הזאת
האלה אחד אחת שני שתי מי מן לכל בכל כן ידי על-ידי פי לפי תוך בתוך מתוך ללא בלי אצל אולם`,
		sample: `באביב שעבר החליטה מועצת העיר לבנות מחדש את הגשר הישן שמעל הנהר. במשך שנים רבות התלוננו האנשים שגרים בצד השני שהדרך צרה ומסוכנת מדי, במיוחד בחורף, כשהשלג והקרח מכסים הכול. הפרויקט החדש יעלה יותר ממה שהממשלה ציפתה, אבל רוב התושבים מאמינים שהוא נחוץ. לדברי ראש העירייה, העבודות אמורות להתחיל בחודש הבא ולהסתיים לפני סוף השנה הבאה.
ההיסטוריה מלמדת ששינויים גדולים מתרחשים לעתים רחוקות במהירות. כל דור צריך ללמוד מחדש את מה שהוריו כבר ידעו: שחירות, שלום וצדק תלויים במאמץ היומיומי של גברים ונשים רגילים. פועלים, סטודנטים ומורים השתתפו בדיון, וחלקם כתבו מכתבים לעיתונים כדי להסביר את עמדתם.
בכפר הקטן שבו נולדה סבתי היו רק בית ספר אחד, כנסייה ושוק בכיכר המרכזית. הילדים הלכו כמה קילומטרים בכל בוקר, ובערב עזרו למשפחותיהם בשדות. לאף אחד לא הייתה מכונית, ובית החולים הקרוב ביותר היה במרחק שעתיים ברכבת. החיים היו קשים, אבל אנשים חלקו את מה שהיה להם ואיש לא הרגיש לבד.
הטכנולוגיה המודרנית שינתה את הדרך שבה אנחנו עובדים, נוסעים ומתקשרים זה עם זה. היום מתכנת צעיר יכול לכתוב תוכנה בבית ולמכור אותה לחברות בצד השני של העולם. עם זאת, מומחים רבים מזהירים שהאפשרויות החדשות האלה מביאות גם בעיות קשות: מידע אישי עלול להיגנב, ומשרות מסוימות כנראה ייעלמו. השאלה אינה אם עלינו להשתמש בכלים האלה, אלא איך נוכל להשתמש בהם בתבונה.
לכל חבר באגודה יש זכות לבחור ולהיבחר. הכללים המתוארים במסמך זה חלים על כל החברים באופן שווה, בלי שום הבחנה. אם יש צורך בשינוי, עליו לקבל את אישור האספה הכללית, והגרסה החדשה תפורסם באתר האגודה.
כדי להתקין את התוכנית, הורידו את הגרסה האחרונה ופעלו לפי ההוראות שבמדריך. קובץ ההגדרות מכיל כמה אפשרויות; אם ערך חסר, נעשה שימוש בערך ברירת המחדל. כשאתם מוצאים שגיאה, אנא פתחו דיווח ותארו את הצעדים הדרושים כדי לשחזר אותה. כל גרסה חדשה נבדקת אוטומטית לפני שהיא מתפרסמת, ורשימת השינויים מסבירה מה נוסף, תוקן או הוסר.
השר אמר ביום שלישי שהשיחות בין שתי המדינות יימשכו בשבוע הבא. שני הצדדים רוצים להגיע להסכם, אבל שאלות חשובות עדיין פתוחות, ובראשן עתידם של אזורי הגבול ונסיגת הכוחות. האופוזיציה מתחה ביקורת על הממשלה ודרשה שהכנסת תעודכן על כל צעד. בינתיים הפגינו אלפי אנשים בבירה נגד עליית המחירים ולמען שכר גבוה יותר.`,
	},
	{
		code:      "hi",
		prior:     -0.8,
		script:    scriptDevanagari,
		wide:      []script{scriptDevanagari},
		alphaSize: 70,
		lex:       `अनुच्छेद धारा अध्याय भाग खंड सारांश परिचय भूमिका प्रस्तावना विषय सूची उपसंहार निष्कर्ष परिशिष्ट टिप्पणी टिप्पणियाँ संदर्भ ग्रंथसूची अनुक्रमणिका शब्दावली लाइसेंस लेखक आभार पृष्ठभूमि उदाहरण तालिका चित्र अनुवाद इतिहास परिवर्तन प्रश्न स्थापना उपयोग सेटिंग्स विवरण दस्तावेज़ डाउनलोड अद्यतन संस्करण`,
		stop: `के है में की और से को का एक यह पर भी हैं नहीं तो कि था लिए ने इस कर जो हो या गया रहा थी होता
साथ वह ये जा कुछ अपने बहुत किया करने किसी सकता हम आप मैं उन उस इसके उनके अब तक जब कोई सभी हुए
होने बाद द्वारा थे रहे रही करें करते करता जाता जाती जाते होती होते गई गए अपनी अपना वे उनकी उसकी
इसकी यदि अगर लेकिन परंतु किंतु क्योंकि इसलिए जैसे वहाँ यहाँ कैसे क्या क्यों कौन कहाँ कभी फिर
ही सब हर दो तथा एवं अथवा बीच पहले ऊपर नीचे बिना प्रति`,
		sample: `पिछले वसंत में नगर परिषद ने नदी पर बने पुराने पुल को फिर से बनाने का फ़ैसला किया। कई वर्षों से दूसरी ओर रहने वाले लोग शिकायत करते आ रहे थे कि सड़क बहुत तंग और ख़तरनाक है, ख़ासकर सर्दियों में, जब बर्फ़ सब कुछ ढक लेती है। नई परियोजना पर सरकार के अनुमान से ज़्यादा ख़र्च आएगा, लेकिन ज़्यादातर नागरिक मानते हैं कि यह ज़रूरी है। महापौर के अनुसार काम अगले महीने शुरू होना चाहिए और अगले साल के अंत से पहले पूरा हो जाना चाहिए।
इतिहास बताता है कि बड़े बदलाव शायद ही कभी जल्दी होते हैं। हर पीढ़ी को वह फिर से सीखना पड़ता है जो उसके माता-पिता पहले से जानते थे: कि आज़ादी, शांति और न्याय आम स्त्री-पुरुषों की रोज़ की मेहनत पर निर्भर करते हैं। मज़दूरों, छात्रों और शिक्षकों ने चर्चा में भाग लिया, और उनमें से कुछ ने अपनी बात समझाने के लिए अख़बारों को पत्र लिखे।
जिस छोटे से गाँव में मेरी दादी का जन्म हुआ था, वहाँ केवल एक स्कूल, एक मंदिर और मुख्य चौक पर एक बाज़ार था। बच्चे हर सुबह कई किलोमीटर पैदल चलते थे और शाम को खेतों में अपने परिवार की मदद करते थे। किसी के पास गाड़ी नहीं थी, और सबसे नज़दीकी अस्पताल रेल से दो घंटे दूर था। जीवन कठिन था, लेकिन लोग जो कुछ उनके पास था उसे बाँटते थे और कोई अकेला महसूस नहीं करता था।
आधुनिक तकनीक ने हमारे काम करने, यात्रा करने और एक-दूसरे से बात करने का तरीक़ा बदल दिया है। आज एक युवा प्रोग्रामर घर बैठे सॉफ़्टवेयर लिख सकता है और उसे दुनिया के दूसरे छोर पर स्थित कंपनियों को बेच सकता है। फिर भी कई विशेषज्ञ चेतावनी देते हैं कि ये नई संभावनाएँ गंभीर समस्याएँ भी लाती हैं: निजी जानकारी चोरी हो सकती है और कुछ नौकरियाँ शायद ख़त्म हो जाएँगी। सवाल यह नहीं है कि हमें इन साधनों का उपयोग करना चाहिए या नहीं, बल्कि यह है कि हम इनका समझदारी से उपयोग कैसे कर सकते हैं।
संघ के प्रत्येक सदस्य को मत देने और चुने जाने का अधिकार है। इस दस्तावेज़ में बताए गए नियम बिना किसी भेदभाव के सभी सदस्यों पर समान रूप से लागू होते हैं। यदि कोई परिवर्तन आवश्यक हो, तो उसे आम सभा की स्वीकृति मिलनी चाहिए, और नया संस्करण संघ की वेबसाइट पर प्रकाशित किया जाएगा।
प्रोग्राम स्थापित करने के लिए नवीनतम संस्करण डाउनलोड करें और पुस्तिका में दिए गए निर्देशों का पालन करें। विन्यास फ़ाइल में कई विकल्प हैं; यदि कोई मान नहीं दिया गया है, तो डिफ़ॉल्ट मान का उपयोग किया जाता है। कोई त्रुटि मिलने पर कृपया एक रिपोर्ट खोलें और उसे दोहराने के लिए आवश्यक चरणों का वर्णन करें। हर नया संस्करण प्रकाशित होने से पहले अपने-आप जाँचा जाता है।
मंत्री ने मंगलवार को कहा कि दोनों देशों के बीच बातचीत अगले सप्ताह जारी रहेगी। दोनों पक्ष समझौता करना चाहते हैं, लेकिन कई महत्वपूर्ण प्रश्न अभी भी खुले हैं, सबसे बढ़कर सीमावर्ती क्षेत्रों का भविष्य और सेनाओं की वापसी। विपक्ष ने सरकार की आलोचना की और माँग की कि संसद को हर क़दम की जानकारी दी जाए। इस बीच हज़ारों लोगों ने राजधानी में बढ़ती क़ीमतों के विरोध में और ऊँची मज़दूरी के लिए प्रदर्शन किया।`,
	},
	{
		code:      "th",
		prior:     -1.0,
		script:    scriptThai,
		wide:      []script{scriptThai},
		alphaSize: 80,
		lex:       `มาตรา บท ส่วน ตอน บทคัดย่อ สรุป บทนำ คำนำ สารบัญ อารัมภบท บทสรุป ภาคผนวก หมายเหตุ เชิงอรรถ อ้างอิง บรรณานุกรม ดัชนี อภิธานศัพท์ สัญญาอนุญาต ผู้เขียน กิตติกรรมประกาศ ภูมิหลัง ภาพรวม ตัวอย่าง ตาราง รูป การแปล ประวัติ การเปลี่ยนแปลง คำถาม การติดตั้ง การใช้งาน การตั้งค่า คำอธิบาย เอกสาร ดาวน์โหลด ปรับปรุง รุ่น`,
		stop: `ที่ และ ของ ใน เป็น ได้ มี การ ไม่ จะ ให้ ว่า ความ กับ แล้ว นี้ ก็ หรือ จาก ไป มา คือ ถ้า แต่ ซึ่ง อยู่ โดย
เพื่อ ต้อง เรา คุณ เขา ทุก คน อีก เมื่อ ยัง ตาม ด้วย นั้น อย่าง ขึ้น ทั้ง หาก กัน ถึง ไว้ เคย อาจ เช่น
ผม ฉัน ดิฉัน พวก เขา มาก กว่า ระหว่าง หลัง ก่อน ทำ แบบ นั่น นี่ อะไร ทำไม อย่างไร เท่านั้น`,
		sample: `เมื่อฤดูใบไม้ผลิที่แล้ว สภาเมืองตัดสินใจสร้างสะพานเก่าข้ามแม่น้ำขึ้นใหม่ หลายปีมาแล้วที่ผู้คนซึ่งอาศัยอยู่อีกฝั่งหนึ่งบ่นว่าถนนแคบและอันตรายเกินไป โดยเฉพาะในฤดูหนาวเมื่อหิมะและน้ำแข็งปกคลุมทุกอย่าง โครงการใหม่นี้จะใช้เงินมากกว่าที่รัฐบาลคาดไว้ แต่ประชาชนส่วนใหญ่เชื่อว่าจำเป็น นายกเทศมนตรีกล่าวว่างานควรเริ่มในเดือนหน้าและเสร็จก่อนสิ้นปีถัดไป
ประวัติศาสตร์แสดงให้เห็นว่าการเปลี่ยนแปลงครั้งใหญ่ไม่ค่อยเกิดขึ้นอย่างรวดเร็ว คนทุกรุ่นต้องเรียนรู้ใหม่อีกครั้งในสิ่งที่พ่อแม่รู้อยู่แล้ว นั่นคือเสรีภาพ สันติภาพ และความยุติธรรมขึ้นอยู่กับความพยายามในแต่ละวันของคนธรรมดา คนงาน นักศึกษา และครูได้เข้าร่วมการอภิปราย และบางคนเขียนจดหมายถึงหนังสือพิมพ์เพื่ออธิบายจุดยืนของตน
ในหมู่บ้านเล็ก ๆ ที่ยายของฉันเกิด มีเพียงโรงเรียนหนึ่งแห่ง วัดหนึ่งแห่ง และตลาดที่ลานกลางหมู่บ้าน เด็ก ๆ เดินหลายกิโลเมตรทุกเช้า และตอนเย็นก็ช่วยครอบครัวทำงานในไร่นา ไม่มีใครมีรถยนต์ และโรงพยาบาลที่ใกล้ที่สุดอยู่ห่างออกไปสองชั่วโมงโดยรถไฟ ชีวิตลำบาก แต่ผู้คนก็แบ่งปันสิ่งที่มีและไม่มีใครรู้สึกโดดเดี่ยว
เทคโนโลยีสมัยใหม่ได้เปลี่ยนวิธีที่เราทำงาน เดินทาง และติดต่อสื่อสารกัน ทุกวันนี้โปรแกรมเมอร์หนุ่มสาวสามารถเขียนซอฟต์แวร์ที่บ้านและขายให้บริษัทที่อยู่อีกซีกโลกหนึ่งได้ อย่างไรก็ตาม ผู้เชี่ยวชาญหลายคนเตือนว่าความเป็นไปได้ใหม่ ๆ เหล่านี้ก็นำปัญหาร้ายแรงมาด้วย ข้อมูลส่วนตัวอาจถูกขโมย และงานบางอย่างอาจหายไป คำถามไม่ใช่ว่าเราควรใช้เครื่องมือเหล่านี้หรือไม่ แต่เป็นว่าเราจะใช้มันอย่างชาญฉลาดได้อย่างไร
สมาชิกทุกคนของสมาคมมีสิทธิ์ลงคะแนนเสียงและได้รับเลือกตั้ง กฎที่อธิบายไว้ในเอกสารนี้ใช้กับสมาชิกทุกคนอย่างเท่าเทียมกันโดยไม่มีการแบ่งแยก หากจำเป็นต้องมีการเปลี่ยนแปลง จะต้องได้รับความเห็นชอบจากที่ประชุมใหญ่ และฉบับใหม่จะเผยแพร่บนเว็บไซต์ของสมาคม
ในการติดตั้งโปรแกรม ให้ดาวน์โหลดรุ่นล่าสุดแล้วทำตามคำแนะนำในคู่มือ ไฟล์การตั้งค่ามีตัวเลือกหลายอย่าง หากไม่มีค่าใดค่าหนึ่ง ระบบจะใช้ค่าเริ่มต้น เมื่อพบข้อผิดพลาด โปรดเปิดรายงานและอธิบายขั้นตอนที่จำเป็นในการทำให้เกิดปัญหาซ้ำ ทุกรุ่นใหม่จะได้รับการทดสอบโดยอัตโนมัติก่อนเผยแพร่ และรายการการเปลี่ยนแปลงจะอธิบายว่ามีอะไรเพิ่ม แก้ไข หรือลบออกไป
รัฐมนตรีกล่าวเมื่อวันอังคารว่าการเจรจาระหว่างสองประเทศจะดำเนินต่อไปในสัปดาห์หน้า ทั้งสองฝ่ายต้องการบรรลุข้อตกลง แต่ยังมีคำถามสำคัญที่ยังไม่ได้ข้อยุติ โดยเฉพาะอนาคตของพื้นที่ชายแดนและการถอนทหาร ฝ่ายค้านวิจารณ์รัฐบาลและเรียกร้องให้แจ้งรัฐสภาทุกขั้นตอน ในขณะเดียวกัน ประชาชนหลายพันคนชุมนุมในเมืองหลวงเพื่อต่อต้านราคาสินค้าที่สูงขึ้นและเรียกร้องค่าจ้างที่สูงขึ้น`,
	},
	{
		code:     "vi",
		prior:    -0.8,
		script:   scriptLatin,
		alphabet: latinBase + "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
		lex:      `điều chương mục phần tóm tắt giới thiệu lời nói đầu mục lục lời tựa kết luận phụ lục ghi chú chú thích tài liệu tham khảo chỉ mục thuật ngữ giấy phép tác giả lời cảm ơn bối cảnh tổng quan ví dụ bảng hình bản dịch lịch sử thay đổi câu hỏi cài đặt cách dùng sử dụng cấu hình mô tả tài liệu tải về cập nhật phiên bản`,
		stop: `của và các là có được cho trong những một với không người này đã để khi từ theo về như đến tại
năm cũng sẽ ra nhiều phải làm nhưng thì bị sau do nếu đó hay lại vào trên mà nào rất vì hơn chỉ
bằng cùng hoặc tôi chúng ta họ bạn anh em nó ai gì đây đều vẫn đang còn mới nên điều việc nhau
cả mọi mỗi hai ba qua rằng dù tuy nhiên vậy thế luôn chưa bao giờ lúc này ở đâu sao nữa`,
		sample: `Mùa xuân năm ngoái, hội đồng thành phố quyết định xây dựng lại cây cầu cũ bắc qua sông. Nhiều năm qua, những người sống ở bờ bên kia đã phàn nàn rằng con đường quá hẹp và nguy hiểm, nhất là vào mùa đông, khi tuyết và băng phủ kín mọi thứ. Dự án mới sẽ tốn kém hơn chính phủ dự tính, nhưng phần lớn người dân tin rằng nó là cần thiết. Theo lời thị trưởng, công trình sẽ bắt đầu vào tháng tới và hoàn thành trước cuối năm sau.
Lịch sử cho thấy những thay đổi lớn hiếm khi xảy ra nhanh chóng. Mỗi thế hệ lại phải học lại điều mà cha mẹ họ đã biết: rằng tự do, hòa bình và công lý phụ thuộc vào nỗ lực hằng ngày của những người đàn ông và phụ nữ bình thường. Công nhân, sinh viên và giáo viên đã tham gia cuộc thảo luận, và một số người đã viết thư cho các tờ báo để giải thích lập trường của mình.
Ở ngôi làng nhỏ nơi bà tôi sinh ra, chỉ có một trường học, một ngôi chùa và một cái chợ ở quảng trường chính. Trẻ em đi bộ vài cây số mỗi sáng, và buổi tối thì giúp gia đình làm việc ngoài đồng. Không ai có ô tô, và bệnh viện gần nhất cách hai giờ đi tàu. Cuộc sống vất vả, nhưng mọi người chia sẻ những gì mình có và không ai cảm thấy cô đơn.
Công nghệ hiện đại đã thay đổi cách chúng ta làm việc, đi lại và liên lạc với nhau. Ngày nay một lập trình viên trẻ có thể viết phần mềm ở nhà và bán cho các công ty ở bên kia thế giới. Tuy nhiên, nhiều chuyên gia cảnh báo rằng những khả năng mới này cũng mang lại những vấn đề nghiêm trọng: dữ liệu cá nhân có thể bị đánh cắp, và một số công việc có lẽ sẽ biến mất. Câu hỏi không phải là chúng ta có nên dùng những công cụ này hay không, mà là làm thế nào để dùng chúng một cách khôn ngoan.
Mỗi thành viên của hiệp hội đều có quyền bầu cử và ứng cử. Các quy định được mô tả trong tài liệu này áp dụng như nhau cho tất cả thành viên, không có bất kỳ sự phân biệt nào. Nếu cần thay đổi, thay đổi đó phải được đại hội thông qua, và phiên bản mới sẽ được công bố trên trang web của hiệp hội.
Để cài đặt chương trình, hãy tải về bản phát hành mới nhất và làm theo hướng dẫn trong sách hướng dẫn. Tệp cấu hình chứa một số tùy chọn; nếu thiếu một giá trị, giá trị mặc định sẽ được sử dụng. Khi bạn phát hiện lỗi, vui lòng mở một báo cáo và mô tả các bước cần thiết để tái hiện lỗi đó. Mỗi phiên bản mới đều được kiểm thử tự động trước khi phát hành, và danh sách thay đổi giải thích những gì đã được thêm, sửa hoặc xóa.
Bộ trưởng cho biết hôm thứ Ba rằng các cuộc đàm phán giữa hai nước sẽ tiếp tục vào tuần tới. Cả hai bên đều muốn đạt được thỏa thuận, nhưng những vấn đề quan trọng vẫn còn bỏ ngỏ, trước hết là tương lai của các vùng biên giới và việc rút quân. Phe đối lập chỉ trích chính phủ và yêu cầu quốc hội phải được thông báo về từng bước. Trong khi đó, hàng nghìn người đã biểu tình ở thủ đô để phản đối giá cả tăng và đòi tăng lương.`,
	},
	{
		code:     "id",
		prior:    -0.8,
		script:   scriptLatin,
		alphabet: latinBase + "'",
		lex:      `pasal bab bagian ringkasan abstrak pendahuluan pengantar daftar isi kata prakata pembukaan kesimpulan penutup lampiran catatan keterangan referensi pustaka indeks glosarium lisensi penulis ucapan terima kasih latar belakang ikhtisar contoh tabel gambar terjemahan sejarah perubahan pertanyaan instalasi pemasangan penggunaan pengaturan konfigurasi penjelasan dokumentasi unduhan pembaruan versi`,
		stop: `yang dan di ini itu dengan untuk dari dalam tidak ke akan pada adalah juga atau oleh ada karena
bisa saya kami kita mereka dia ia sebagai telah sudah dapat lebih harus setiap jika tetapi namun
antara hanya masih bahwa secara seperti sangat belum para semua tersebut hal agar maka saat ketika
sehingga kepada bagi tentang serta lain baru orang satu dua sebuah anda apa apakah bagaimana mengapa
kapan mana siapa sini sana sedang pernah selalu tanpa hingga sampai setelah sebelum selama jadi pun
lagi begitu sekarang mungkin perlu tak nya`,
		sample: `Musim semi lalu, dewan kota memutuskan untuk membangun kembali jembatan tua di atas sungai. Selama bertahun-tahun, orang-orang yang tinggal di seberang sungai mengeluh bahwa jalan itu terlalu sempit dan berbahaya, terutama pada musim dingin ketika salju dan es menutupi segalanya. Proyek baru ini akan menelan biaya lebih besar daripada perkiraan pemerintah, tetapi sebagian besar warga percaya bahwa proyek itu perlu. Menurut wali kota, pekerjaan akan dimulai bulan depan dan selesai sebelum akhir tahun berikutnya.
Sejarah menunjukkan bahwa perubahan besar jarang terjadi dengan cepat. Setiap generasi harus belajar lagi apa yang sudah diketahui oleh orang tua mereka: bahwa kebebasan, perdamaian, dan keadilan bergantung pada usaha sehari-hari laki-laki dan perempuan biasa. Para buruh, mahasiswa, dan guru ikut serta dalam diskusi, dan beberapa di antara mereka menulis surat kepada surat kabar untuk menjelaskan sikap mereka.
Di desa kecil tempat nenek saya lahir, hanya ada satu sekolah, sebuah masjid, dan sebuah pasar di alun-alun. Anak-anak berjalan beberapa kilometer setiap pagi, dan pada sore hari mereka membantu keluarga di sawah. Tidak ada yang punya mobil, dan rumah sakit terdekat berjarak dua jam perjalanan dengan kereta api. Hidup memang berat, tetapi orang-orang berbagi apa yang mereka miliki dan tidak ada yang merasa sendirian.
Teknologi modern telah mengubah cara kita bekerja, bepergian, dan berkomunikasi satu sama lain. Sekarang seorang pemrogram muda dapat menulis perangkat lunak di rumah dan menjualnya kepada perusahaan di belahan dunia lain. Namun, banyak ahli memperingatkan bahwa kemungkinan-kemungkinan baru ini juga membawa masalah serius: data pribadi bisa dicuri, dan beberapa pekerjaan mungkin akan hilang. Pertanyaannya bukan apakah kita harus memakai alat-alat ini, melainkan bagaimana kita dapat memakainya dengan bijak.
Setiap anggota perkumpulan berhak memilih dan dipilih. Aturan yang dijelaskan dalam dokumen ini berlaku sama bagi semua anggota, tanpa pembedaan apa pun. Jika perubahan diperlukan, perubahan itu harus disetujui oleh rapat umum, dan versi barunya akan diterbitkan di situs web perkumpulan.
Untuk memasang program ini, unduh rilis terbaru dan ikuti petunjuk di dalam buku panduan. Berkas konfigurasi berisi beberapa pilihan; jika suatu nilai tidak ada, nilai bawaan akan digunakan. Jika Anda menemukan galat, silakan buka laporan dan jelaskan langkah-langkah yang diperlukan untuk mengulanginya. Setiap versi baru diuji secara otomatis sebelum diterbitkan, dan daftar perubahan menjelaskan apa saja yang ditambahkan, diperbaiki, atau dihapus.
Menteri mengatakan pada hari Selasa bahwa perundingan antara kedua negara akan dilanjutkan minggu depan. Kedua pihak ingin mencapai kesepakatan, tetapi masalah-masalah penting masih terbuka, terutama masa depan wilayah perbatasan dan penarikan pasukan. Pihak oposisi mengkritik pemerintah dan menuntut agar parlemen diberi tahu tentang setiap langkah. Sementara itu, ribuan orang berunjuk rasa di ibu kota menentang kenaikan harga dan menuntut upah yang lebih tinggi.`,
	},
	{
		code:     "tr",
		prior:    -0.8,
		script:   scriptLatin,
		alphabet: latinBase + "çğıöșüâî'",
		lex:      `madde bölüm kısım özet giriş önsöz içindekiler başlangıç sonuç sonuçlar ek ekler notlar not dipnot kaynaklar kaynakça dizin sözlük lisans yazar yazarlar teşekkür arka plan genel bakış örnek örnekler tablo şekil çeviri tarihçe değişiklikler sorular kurulum kullanım ayarlar yapılandırma açıklama belgeler indirme güncelleme sürüm`,
		stop: `ve bir bu da de için ile olarak çok daha gibi en ne o kadar sonra ama veya her şey var yok değil
ise mi mı mu mü diye göre kendi ben sen biz siz onlar onun bunu şu şekilde tüm ancak hem ya ki olan
olduğu oldu olur değildir ayrıca önce sadece tarafından arasında bile hiç artık bunlar bunun buna
şimdi zaman nasıl neden kim nerede hangi böyle öyle çünkü eğer fakat yani henüz hep bazı birçok
diğer aynı yine ilk iki üç olarak edilen eden etti etmek olmak olması olan onu ona ondan`,
		sample: `Geçen bahar belediye meclisi nehrin üzerindeki eski köprüyü yeniden inşa etmeye karar verdi. Karşı yakada yaşayan insanlar yıllardır yolun çok dar ve tehlikeli olduğundan, özellikle kar ve buzun her şeyi kapladığı kış aylarında, şikâyet ediyordu. Yeni proje hükümetin beklediğinden daha pahalıya mal olacak, ancak vatandaşların çoğu bunun gerekli olduğuna inanıyor. Belediye başkanına göre çalışmalar gelecek ay başlayacak ve ertesi yılın sonundan önce bitecek.
Tarih, büyük değişikliklerin nadiren hızlı gerçekleştiğini gösteriyor. Her kuşak, anne babasının zaten bildiği şeyi yeniden öğrenmek zorunda: özgürlük, barış ve adalet sıradan kadınların ve erkeklerin günlük çabalarına bağlıdır. İşçiler, öğrenciler ve öğretmenler tartışmaya katıldı; bazıları da görüşlerini açıklamak için gazetelere mektup yazdı.
Büyükannemin doğduğu küçük köyde yalnızca bir okul, bir cami ve ana meydanda bir pazar vardı. Çocuklar her sabah birkaç kilometre yürür, akşamları da tarlada ailelerine yardım ederdi. Kimsenin arabası yoktu ve en yakın hastane trenle iki saat uzaktaydı. Hayat zordu, ama insanlar ellerindekini paylaşır ve kimse kendini yalnız hissetmezdi.
Modern teknoloji çalışma, seyahat etme ve birbirimizle iletişim kurma biçimimizi değiştirdi. Bugün genç bir programcı evde yazılım yazıp dünyanın öbür ucundaki şirketlere satabiliyor. Bununla birlikte birçok uzman bu yeni olanakların ciddi sorunlar da getirdiği konusunda uyarıyor: kişisel veriler çalınabilir ve bazı meslekler muhtemelen ortadan kalkacak. Asıl soru bu araçları kullanıp kullanmamamız değil, onları nasıl akıllıca kullanabileceğimizdir.
Derneğin her üyesi seçme ve seçilme hakkına sahiptir. Bu belgede açıklanan kurallar, hiçbir ayrım yapılmaksızın bütün üyelere eşit olarak uygulanır. Bir değişiklik gerekirse genel kurul tarafından onaylanmalıdır ve yeni sürüm derneğin web sitesinde yayımlanır.
Programı kurmak için en son sürümü indirin ve kılavuzdaki talimatları izleyin. Yapılandırma dosyası birkaç seçenek içerir; bir değer eksikse varsayılan değer kullanılır. Bir hata bulduğunuzda lütfen bir rapor açın ve hatayı yeniden oluşturmak için gereken adımları anlatın. Her yeni sürüm yayımlanmadan önce otomatik olarak sınanır ve değişiklik listesi nelerin eklendiğini, düzeltildiğini ya da kaldırıldığını açıklar.
Bakan salı günü iki ülke arasındaki görüşmelerin gelecek hafta süreceğini söyledi. İki taraf da bir anlaşmaya varmak istiyor, ancak başta sınır bölgelerinin geleceği ve askerlerin çekilmesi olmak üzere önemli sorular hâlâ açık. Muhalefet hükümeti eleştirdi ve meclisin her adımdan haberdar edilmesini istedi. Bu arada başkentte binlerce kişi fiyat artışlarını protesto etmek ve daha yüksek ücret talep etmek için gösteri yaptı.`,
	},
}
