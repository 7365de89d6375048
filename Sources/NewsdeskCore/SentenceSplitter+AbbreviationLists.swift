// Abbreviation lists from pySBD 0.3.4 (MIT License, Copyright (c) 2019 Nipun Sadvilkar), which took
// them from pragmatic_segmenter (MIT License, Copyright (c) 2015 Kevin S. Dias). Entries are lower-cased
// and separated by "|"; some hold spaces or periods ("s. r. o", "e.g").

extension SentenceSplitter.AbbreviationLists {
    static let en = SentenceSplitter.AbbreviationLists(
        all: """
        adj|adm|adv|al|ala|alta|apr|arc|ariz|ark|art|assn|asst|attys|aug|ave|bart|bld|bldg|blvd|brig|bro\
        s|btw|cal|calif|capt|cl|cmdr|co|col|colo|comdr|con|conn|corp|cpl|cres|ct|d.phil|dak|dec|del|dept\
        |det|dist|dr|dr.phil|dr.philos|drs|e.g|ens|esp|esq|etc|exp|expy|ext|feb|fed|fla|ft|fwy|fy|ga|gen\
        |gov|hon|hosp|hr|hway|hwy|i.e|ia|id|ida|ill|inc|ind|ing|insp|is|jan|jr|jul|jun|kan|kans|ken|ky|l\
        a|lt|ltd|maj|man|mar|mass|may|md|me|med|messrs|mex|mfg|mich|min|minn|miss|mlle|mm|mme|mo|mont|mr\
        |mrs|ms|msgr|mssrs|mt|mtn|neb|nebr|nev|no|nos|nov|nr|oct|ok|okla|ont|op|ord|ore|p|pa|pd|pde|penn\
        |penna|pfc|ph|ph.d|pl|plz|pp|prof|pvt|que|rd|rs|ref|rep|reps|res|rev|rt|sask|sec|sen|sens|sep|se\
        pt|sfc|sgt|sr|st|supt|surg|tce|tenn|tex|univ|usafa|u.s|ut|va|v|ver|viz|vs|vt|wash|wis|wisc|wy|wy\
        o|yuk|fig
        """,
        prepositive: """
        adm|attys|brig|capt|cmdr|col|cpl|det|dr|gen|gov|ing|lt|maj|mr|mrs|ms|mt|messrs|mssrs|prof|ph|rep\
        |reps|rev|sen|sens|sgt|st|supt|v|vs|fig
        """,
        numeric: """
        art|ext|no|nos|p|pp
        """)
    static let es = SentenceSplitter.AbbreviationLists(
        all: """
        a.c|a/c|abr|adj|admón|afmo|ago|almte|ap|apdo|arq|art|atte|av|avda|bco|bibl|bs. as|c|c.f|c.g|c/c|\
        c/u|cap|cc.aa|cdad|cm|co|cra|cta|cv|d.e.p|da|dcha|dcho|dep|dic|dicc|dir|dn|doc|dom|dpto|dr|dra|d\
        to|ee|ej|en|entlo|esq|etc|excmo|ext|f.c|fca|fdo|febr|ff. aa|ff.cc|fig|fil|fra|g.p|g/p|gob|gr|gra\
        l|grs|hnos|hs|igl|iltre|imp|impr|impto|incl|ing|inst|izdo|izq|izqdo|j.c|jue|jul|jun|kg|km|lcdo|l\
        do|let|lic|ltd|lun|mar|may|mg|min|mié|mm|máx|mín|mt|n. del t|n.b|no|nov|ntra. sra|núm|oct|p|p.a|\
        p.d|p.ej|p.v.p|párrf|ppal|prev|prof|prov|ptas|pts|pza|pág|págs|párr|q.e.g.e|q.e.p.d|q.e.s.m|reg|\
        rep|rr. hh|rte|s|s. a|s.a.r|s.e|s.l|s.r.c|s.r.l|s.s.s|s/n|sdad|seg|sept|sig|sr|sra|sres|srta|sta\
        |sto|sáb|t.v.e|tamb|tel|tfno|ud|uu|uds|univ|v.b|v.e|vd|vds|vid|vie|vol|vs|vto|a|aero|ambi|an|anf\
        i|ante|anti|archi|arci|auto|bi|bien|bis|com|con|contra|crio|cuadri|cuasi|cuatri|de|deci|des|di|d\
        is|ecto|endo|entre|epi|equi|ex|extra|geo|hemi|hetero|hiper|hipo|homo|i|im|in|infra|inter|intra|i\
        so|macro|mega|micro|mini|mono|multi|neo|omni|para|pen|ph|ph.d|pluri|poli|pos|post|pre|pro|pseudo\
        |re|retro|semi|seudo|sobre|sub|super|supra|trans|tras|tri|ulter|ultra|un|uni|vice|yuxta
        """,
        prepositive: """
        a|aero|ambi|an|anfi|ante|anti|archi|arci|auto|bi|bien|bis|co|com|con|contra|crio|cuadri|cuasi|cu\
        atri|de|deci|des|di|dis|dr|ecto|ee|en|endo|entre|epi|equi|ex|extra|geo|hemi|hetero|hiper|hipo|ho\
        mo|i|im|in|infra|inter|intra|iso|lic|macro|mega|micro|mini|mono|mt|multi|neo|omni|para|pen|ph|ph\
        .d|pluri|poli|pos|post|pre|pro|prof|pseudo|re|retro|semi|seudo|sobre|sub|super|supra|sra|srta|tr\
        ans|tras|tri|ulter|ultra|un|uni|vice|yuxta
        """,
        numeric: """
        cra|ext|no|nos|p|pp|tel
        """)
    static let da = SentenceSplitter.AbbreviationLists(
        all: """
        adm|adr|afd|afs|al|alm|ang|ank|anm|ann|ansvh|apr|arr|ass|att|aud|aug|aut|bd|bdt|bet|bhk|bio|biol\
        |bk|bl.a|bot|br|bto|ca|cal|cirk|cit|co|cpr-nr|cvr-nr|d.d|d.e|d.m|d.s|d.s.s|d.y|d.å|d.æ|da|dav|de\
        c|def|del|dep|diam|din|dir|disp|distr|do|dobb|dr|ds|dvs|e.b|e.kr|e.l|e.o|e.v.t|eftf|eftm|egl|eks\
        |eksam|ekskl|eksp|ekspl|el|emer|endv|eng|enk|etc|eur|evt|exam|f|f.eks|f.kr|f.m|f.n|f.o|f.o.m|f.s\
        .v|f.t|f.v.t|f.å|fa|fakt|feb|fec|ff|fg|fhv|fig|fl|flg|fm|fmd|forb|foreg|foren|forf|forh|fork|for\
        m|forr|fors|forsk|forts|fp|fr|frk|fuldm|fung|fys|fær|g|g.d|g.m|gd|gdr|gg|gh|gl|gn|gns|gr|grdl|gr\
        oss|h.a|h.c|hdl|henh|henv|hf|hft|hhv|hort|hosp|hpl|hr|hrs|hum|i|i.e|ib|ibid|if|ifm|ill|indb|indr\
        eg|ing|inkl|insp|instr|isl|istf|jan|jf|jfr|jnr|jr|jul|jun|jur|jvf|kal|kap|kat|kbh|kem|kgl|kin|kl\
        |kld|km/t|knsp|komm|kons|korr|kp|kr|kst|kt|ktr|kv|kvt|l|l.c|lab|lat|lb|lb.|lb.nr|lejl|lgd|lic|li\
        gn|lin|ling.merc|litt|lok|lrs|ltr|lø|m|m.a.o|m.fl.st|m.m|m/|ma|mag|maks|mar|mat|matr.nr|md|mdl|m\
        dr|mdtl|med|medd|medflg|medl|merc|mezz|mf|mfl|mgl|mhp|mht|mi|mia|mio|ml|mods|modsv|modt|mr|mrk|m\
        rs|ms|mul|mv|mvh|n|n.br|n.f|nat|ned|nedenn|nedenst|nederl|nkr|nl|no|nord|nov|nr|nto|nuv|o|o.a|o.\
        fl.st|o.g|o.h|o.m.a|obj|obl|obs|odont|oecon|off|ofl|okt|omg|omr|omtr|on|op.cit|opg|opl|opr|org|o\
        rig|osfr|osv|ovenn|ovenst|overs|ovf|oz|p|p.a|p.b.v|p.c|p.m.v|p.p|p.s|p.t|p.v.a|p.v.c|par|partc|p\
        ass|pct|pd|pens|perf|pers|pg|pga|pgl|ph|ph.d|pharm|phil|pinx|pk|pkt|pl|pluskv|polit|polyt|port|p\
        os|pp|pr|prc|priv|prod|prof|pron|præd|præf|præp|præs|præt|psych|pt|pæd|q.e.d|rad|red|ref|reg|reg\
        n|rel|rep|repr|rest|rk|russ|s|s.br|s.d|s.e|s.f|s.m.b.a|s.u|s.å|s/|sa|sb|sc|scient|sek|sekr|sem|s\
        en|sep|sept|sg|sign|sj|skr|skt|slutn|sml|smp|sms|smst|soc|sort|sp|spec|spm|spr|spsk|st|stk|str|s\
        tud|subj|subst|suff|sup|suppl|sv|såk|sædv|sø|t|t.h|t.o.m|t.v|tab|td|tdl|tdr|techn|tekn|temp|th|t\
        i|tidl|tilf|tilh|till|tilsv|tjg|tlf|tlgr|to|tr|trp|tv|ty|u|u.p|u.st|u.å|uafh|ubf|ubøj|udb|udbet|\
        udd|udg|uds|ugtl|ulin|ult|undt|univ|v.f|var|vb|vbsb|vedk|vedl|vedr|vejl|vh|vol|vs|vsa|vær|zool|å\
        rg|årh|årl|ø.f|øv|øvr
        """,
        prepositive: """
        adm|skt|dr|hr|fru|st
        """,
        numeric: """
        nr|s
        """)
    static let de = SentenceSplitter.AbbreviationLists(
        all: """
        ä|adj|adm|adv|art|asst|b.a|b.s|bart|bldg|brig|bros|bse|buchst|bzgl|bzw|c.-à-d|ca|capt|chr|cmdr|c\
        o|col|comdr|con|corp|cpl|d.h|d.j|dergl|dgl|dkr|dr|ens|etc|ev|evtl|ff|g.g.a|g.u|gen|ggf|gov|hon|h\
        osp|i.f|i.h.v|ii|iii|insp|iv|ix|jun|k.o|kath|lfd|lt|ltd|m.e|maj|med|messrs|mio|mlle|mm|mme|mr|mr\
        d|mrs|ms|msgr|mwst|no|nos|nr|o.ä|op|ord|pfc|ph|pp|prof|pvt|rep|reps|res|rev|rt|s.p.a|sa|sen|sens\
        |sfc|sgt|sog|sogen|spp|sr|st|std|str|supt|surg|u.a|u.e|u.s.w|u.u|u.ä|usf|usw|v|vgl|vi|vii|viii|v\
        s|x|xi|xii|xiii|xiv|xix|xv|xvi|xvii|xviii|xx|z.b|z.t|z.z|z.zt|zt|zzt|univ.-prof|o.univ.-prof|ao.\
        univ.prof|ass.prof|hon.prof|univ.-doz|univ.ass|stud.ass|projektass|ass|di|dipl.-ing|mag
        """,
        prepositive: """
        
        """,
        numeric: """
        art|ca|no|nos|nr|pp
        """)
    static let fr = SentenceSplitter.AbbreviationLists(
        all: """
        a.c.n|a.m|al|ann|apr|art|auj|av|b.p|boul|c.-à-d|c.n|c.n.s|c.p.i|c.q.f.d|c.s|ca|cf|ch.-l|chap|co|\
        contr|dir|e.g|e.v|env|etc|ex|fasc|fig|fr|fém|hab|i.e|ibid|id|inf|l.d|lib|ll.aa|ll.aa.ii|ll.aa.rr\
        |ll.aa.ss|ll.ee|ll.mm|ll.mm.ii.rr|loc.cit|ltd|masc|mm|ms|n.b|n.d|n.d.a|n.d.l.r|n.d.t|n.p.a.i|n.s\
        |n/réf|nn.ss|p.c.c|p.ex|p.j|p.s|pl|pp|r.-v|r.a.s|r.i.p|r.p|s.a|s.a.i|s.a.r|s.a.s|s.e|s.m|s.m.i.r\
        |s.s|sec|sect|sing|sq|sqq|ss|suiv|sup|suppl|t.s.v.p|tél|vb|vol|vs|x.o|z.i|éd
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let ru = SentenceSplitter.AbbreviationLists(
        all: """
        y|y.e|а|авт|адм.-терр|акад|в|вв|вкз|вост.-европ|г|гг|гос|гр|д|деп|дисс|дол|долл|ежедн|ж|жен|з|за\
        п|зап.-европ|заруб|и|ин|иностр|инст|к|канд|кв|кг|куб|л|л.h|л.н|м|мин|моск|муж|н|нед|о|п|пгт|пер|\
        пп|пр|просп|проф|р|руб|с|сек|см|спб|стр|т|тел|тов|тт|тыс|у|у.е|ул|ф|ч
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let bg = SentenceSplitter.AbbreviationLists(
        all: """
        p.s|акад|ал|б.р|б.ред|бел.а|бел.пр|бр|бул|в|вж|вкл|вм|вр|г|ген|гр|дж|дм|доц|др|ем|заб|зам|инж|к.\
        с|кв|кв.м|кг|км|кор|куб|куб.м|л|лв|м|м.г|мин|млн|млрд|мм|н.с|напр|пл|полк|проф|р|рис|с|св|сек|см\
        |сп|срв|ст|стр|т|т.г|т.е|т.н|т.нар|табл|тел|у|ул|фиг|ха|хил|ч|чл|щ.д
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let pl = SentenceSplitter.AbbreviationLists(
        all: """
        ags|alb|ang|aor|awest|bałt|bojkow|bret|brus|bsł|bułg|c.b.d.o|c.b.d.u|celt|chorw|cs|czakaw|czerw|\
        czes|dłuż|dniem|dor|dubrow|duń|ekaw|fiń|franc|gal|germ|głuż|gniem|goc|gr|grudz|hebr|het|hol|i co\
        nt|ie|ikaw|irań|irl|islandz|itd|itd.|itp|jekaw|kajkaw|kasz|kirg|kwiec|łac|lip|listop|lit|łot|lp|\
        maced|mar|młpol|moraw|n.e|nb.|ngr|niem|nord|norw|np|np.|ok.|orm|oset|osk|p.n|p.n.e|p.o|pazdz|per\
        s|pie|pod red.|podhal|pol|połab|port|prekm|pskow|psł|r cont|rez|rom|rozdz.|rum|rus|rys.|sas|sch|\
        scs|serb|sierp|śl|sła|słe|słi|słow|sp. z o.o|śrdniem|śrgniem|śrirl|stbułg|stind|stpol|stpr|str.|\
        strus|stwniem|stycz|sztokaw|szwedz|t.|tj.|tłum.|toch|tur|tzn|ukr|ul|umbr|wed|węg|wlkpol|włos|wrz\
        es|wyd.|zakarp
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let ar = SentenceSplitter.AbbreviationLists(
        all: """
        ا|ا. د|ا.د|ا.ش.ا|إلخ|ت.ب|ج.ب|جم|ج.م.ع|س.ت|سم|ص.ب.|ص.ب|كج.|كلم.|م|م.ب|ه
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let kk = SentenceSplitter.AbbreviationLists(
        all: """
        afp|anp|atp|bae|bg|bp|cam|cctv|cd|cez|cgi|cnpc|farc|fbi|eiti|epo|er|gp|gps|has|hiv|hrh|http|icu|\
        idf|imd|ime|ip|iso|kaz|kpo|kpa|kz|mri|nasa|nba|nbc|nds|ohl|omlt|ppm|pda|pkk|psm|psp|raf|rss|rtl|\
        sas|sme|sms|tnt|udf|uefa|usb|utc|x|zdf|әқбк|аақ|авг.|aбб|аек|ак|ақ|акцион.|акср|ақш|англ|аөсшк|а\
        пр|м.|а.|р.|ғ.|апр.|аум.|ацат|әч|т. б.|б. з. б.|б. з. д.|биікт.|б. т.|биол.|биохим|бө|б. э. д.|б\
        та|бұұ|вич|всоонл|геогр.|геол.|гленкор|гэс|қк|км|г|млн|млрд|т|ғ. с.|қ.|дек.|днқ|дсұ|еақк|еқыұ|ем\
        бімұнайгаз|ео|еуразэқ|еуроодақ|еұу|ж.|жж.|жоо|жіө|жсдп|жшс|іім|инта|исаф|камаз|кгб|кеу|кг|км²|км\
        ³|кимеп|кср|ксро|кокп|кхдр|қазатомпром|қазкср|қазұу|қазмұнайгаз|қазпошта|қазтаг|қкп|қмдб|қр|қхр|\
        лат.|м²|м³|магатэ|май.|максам|мб|мвт|мемл|м|мсоп|мтк|мыс.|наса|нато|нквд|нояб.|обл.|огпу|окт.|оң\
        т.|опек|оеб|өзенмұнайгаз|өф|пәк|пед.|ркфср|рнқ|рсфср|рф|свс|сву|сду|сес|сент.|см|снпс|солт.|соон\
        о|ссро|сср|ссср|ссс|сэс|дк|тв|тереңд.|тех.|тжқ|тмд|төм.|трлн|тр|т.|и.|с.|ш.|т. с. с.|тэц|уаз|уеф\
        а|ұқк|ұқшұ|февр.|фққ|фсб|хим.|хқко|шұар|шыұ|экон.|экспо|цтп|цас|янв.|dvd|жкт|ққс|юнеско|ббс|mgm|\
        жск|зоо|бсн|өұқ|оар|боак|эөкк|хтқо|әөк|жэк|хдо|спбму|аф|сбд|амт|гсдп|гсбп|эыдұ|нұсжп|жтсх|хдп|эқ\
        к|фкққ|пиқ|өгк|мбф|маж|кота|тж|ук|обб|сбл|жхл|кмс|бмтрк|жққ|бхооо|мқо|ржмб|гулаг|жко|еэы|еаэы|рф\
        кп|рлдп|хвқ|мр|мт|кту|ртж|тим|мемдум|т.с.с|с.ш.|ш.б.|б.б.|руб|мин|акад.|мм|мм.
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
    static let sk = SentenceSplitter.AbbreviationLists(
        all: """
        č|no|nr|s. r. o|ing|p|a. d|o. k|pol. pr|a. s. a. p|p. n. l|red|o.k|a.d|m.o|pol.pr|a.s.a.p|p.n.l|\
        pp|sl|corp|plgr|tz|rtg|o.c.p|o. c. p|c.k|c. k|n.a|n. a|a.m|a. m|vz|i.b|i. b|ú.p.v.o|ú. p. v. o|b\
        ros|rsdr|doc|tu|ods|n.w.a|n. w. a|nár|pedg|paeddr|rndr|naprk|a.g.p|a. g. p|prof|pr|a.v|a. v|por|\
        mvdr|nešp|u.s|u. s|kt|vyd|e.t|e. t|al|ll.m|ll. m|o.f.i|o. f. i|mr|apod|súkr|stred|s.e.g|s. e. g|\
        sr|tvz|ind|var|etc|atd|n.o|n. o|s.a|s. a|např|a.i.i|a. i. i|a.k.a|a. k. a|konkr|čsl|odd|ltd|t.z|\
        t. z|o.z|o. z|obv|obr|pok|tel|št|skr|phdr|xx|š.p|š. p|ph.d|ph. d|m.n.m|m. n. m|zz|roz|atď.|ev|v.\
        sp|v. sp|drsc|mudr|t.č|t. č|el|os|co|r.o|r. o|str|p.a|p. a|zdravot|prek|gen|viď|dr|cca|p.s|p. s|\
        zák|slov|arm|inc|max|d.c|k.o|a. r. k|d. c|k. o|soc|bc|zs|akad|sz|pozn|tr|nám|kol|csc|ul|sp|o.i|j\
        r|zb|sv|tj|čs|tzn|príp|iv|hl|st|pod|vi|tis|stor|rozh|mld|atď|mgr|a.s|a. s|phd|z.z|z. z|judr|hod|\
        vs|písm|s.r.o|min|ml|iii|t.j|t. j|spol|mil|ii|napr|resp|tzv
        """,
        prepositive: """
        st|p|dr|mudr|judr|ing|mgr|bc|drsc|doc|prof
        """,
        numeric: """
        č|no|nr
        """)
}
