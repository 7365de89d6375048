/// The small word lists the entity recogniser reads capitalisation in context with, keyed by
/// lower-case form.
enum EntityLexicon {
    struct Role: OptionSet, Sendable {
        let rawValue: UInt32
        /// Never starts or continues a name, even capitalised: "The", "In", "But", "After".
        static let function = Role(rawValue: 1)
        /// A common word that often opens a sentence: "Officials", "Analysts", "Meanwhile".
        static let commonStarter = Role(rawValue: 2)
        /// The head of a title before a name: "President", "Minister", "CEO", "Mr.".
        static let title = Role(rawValue: 4)
        /// Words that qualify a title: "Prime", "Foreign", "Vice", "Deputy".
        static let titleModifier = Role(rawValue: 8)
        /// Last words of organisation names: "Inc.", "Group", "Ministry", "Bank", "University".
        static let orgSuffix = Role(rawValue: 16)
        /// Last words of place names: "City", "Province", "Island", "River".
        static let placeSuffix = Role(rawValue: 32)
        /// A name may go on after this word with "of" or "for": "Bank of Korea", "Institute for …".
        static let ofHead = Role(rawValue: 64)
        static let month = Role(rawValue: 128)
        static let weekday = Role(rawValue: 256)
        /// Words after a name that mark it as a person who speaks: "said", "told", "says".
        static let speech = Role(rawValue: 512)
        /// Lower-case particles inside personal names: "de", "van", "bin".
        static let particle = Role(rawValue: 1024)
        /// Place names that are also common words; never read as names at the start of a sentence.
        static let ambiguous = Role(rawValue: 2048)
        /// First words of place names: "Mount", "Lake", "Gulf".
        static let placePrefix = Role(rawValue: 4096)
        /// Acronyms that are not names: "CEO", "GDP", "AI".
        static let notName = Role(rawValue: 8192)
        /// A trailing period is part of the name: "Inc.", "Corp.", "Jr.".
        static let keepsPeriod = Role(rawValue: 16384)
        /// Last words of event names, which are neither people, organisations nor places: "Cup", "Summit".
        static let eventSuffix = Role(rawValue: 32768)
        /// First words that make a place of an unknown name: "El Fasher", "Los Angeles", "San Isidro".
        static let placeArticle = Role(rawValue: 65536)

        // Unions built once: an option-set array literal is built through a generic initialiser.
        static let none = Role(rawValue: 0)
        static let titleLike = Role(rawValue: title.rawValue | titleModifier.rawValue)
        static let nameSuffix = Role(rawValue: placeSuffix.rawValue | orgSuffix.rawValue | eventSuffix.rawValue)
        static let orgOrEventSuffix = Role(rawValue: orgSuffix.rawValue | eventSuffix.rawValue)
        static let headWord = Role(rawValue: titleLike.rawValue | nameSuffix.rawValue)
        static let noDemonymBefore = Role(rawValue: orgOrEventSuffix.rawValue | ofHead.rawValue)
    }

    /// The lower-case key of bytes `s..<e`; ASCII is folded byte by byte, anything else through Unicode.
    static func key(_ b: [UInt8], _ s: Int, _ e: Int) -> String {
        var ascii = true
        for i in s..<e where b[i] >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: e - s) { buffer in
                var k = 0
                for i in s..<e {
                    let c = b[i]
                    buffer[k] = c >= 0x41 && c <= 0x5A ? c + 32 : c
                    k += 1
                }
                return k
            }
        }
        return String(decoding: b[s..<e], as: UTF8.self).lowercased()
    }

    static func roles(_ key: String) -> Role { table[key] ?? .none }

    static let nonTerminalAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "rev", "mt", "ft", "no", "vs", "messrs", "adm", "maj", "cmdr", "supt", "insp", "hon", "pres",
    ]

    static let table: [String: Role] = {
        var t: [String: Role] = [:]
        func add(_ words: String, _ role: Role) {
            for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { t[String(w), default: []].insert(role) }
        }
        add(functionWords, .function)
        add(commonStarters, .commonStarter)
        add(titles, .title)
        add(titleModifiers, .titleModifier)
        add(orgSuffixes, .orgSuffix)
        add(placeSuffixes, .placeSuffix)
        add(ofHeads, .ofHead)
        add("january february march april may june july august september october november december", .month)
        add("jan feb mar apr jun jul aug sep sept oct nov dec", .month)
        add("monday tuesday wednesday thursday friday saturday sunday", .weekday)
        add(speechVerbs, .speech)
        add("de da das do dos du del della di van von der den ter bin binti ibn bint al el la le y", .particle)
        add("may will reading nice bath split mobile orange total delta visa shell vale puma male", .ambiguous)
        add("mount mt lake gulf cape port isle fort", .placePrefix)
        add(notNames, .notName)
        add("inc corp co ltd jr sr bros st mt", .keepsPeriod)
        add(eventSuffixes, .eventSuffix)
        add("el los las san santa são sao saint st port fort north south east west upper lower greater", .placeArticle)
        return t
    }()

    static let functionWords = """
        the a an and or but nor if so yet as at by for from in into of on onto to with without within upon \
        about above across after against along amid among around before behind below beneath beside besides \
        between beyond despite during except inside near off outside over since than through throughout \
        toward towards under underneath unlike until unless via whereas whether while although though because \
        this that these those there here it its he she they we you i me him her them us our your their his \
        my mine who whom whose which what when where why how all any both each either neither every some \
        such no not nor only also just even ever never always still then thus hence too very is are was were \
        be been being am do does did done has have had having can could should would shall must might \
        let lets let's how's what's it's that's there's here's i'm we're they're you're he's she's we've \
        i've they've you've isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't \
        wouldn't per etc vs
        """

    /// Capitalised at the start of a sentence they are ordinary words, so a one-word "name" made of one of
    /// them is dropped there.
    static let commonStarters = """
        officials official analysts analyst critics experts investors economists researchers scientists \
        police authorities residents voters lawmakers diplomats observers executives companies firms markets \
        shares stocks prices sales profits revenue exports imports talks negotiations protesters supporters \
        opponents fans players teams leaders members workers employees doctors patients students teachers \
        parents children families people many most several some few others both however meanwhile moreover \
        furthermore nevertheless instead still yet now today tomorrow yesterday tonight later earlier \
        separately elsewhere overall together also asked speaking according despite following unlike like \
        once after before while since when where although though if unless because whether what whatever \
        whoever nobody everyone everybody someone something nothing everything another other such last \
        next first second third new old more less much another regional local national international \
        global foreign domestic federal public private senior top chief former previous current recent \
        earlier further major minor key main big small large long short high low early late full half \
        one two three four five six seven eight nine ten dozens hundreds thousands millions billions \
        government governments ministry officers soldiers troops rescuers firefighters survivors victims \
        witnesses sources reports data figures results polls surveys studies tests trials plans \
        business trade growth inflation unemployment demand supply production output investment spending \
        asked pressed speaking writing talking looking turning returning addressing responding \
        there here this that these those it its they we you he she his her their our my your i \
        yes no please thank thanks sorry well oh indeed perhaps maybe certainly clearly obviously \
        sign signing deal deals agreement agreements summit visit trip meeting meetings accord accords \
        nor neither either both all any each every few little lot lots plenty enough none half \
        news breaking exclusive update analysis opinion editorial comment watch listen read photo video \
        weather sport sports business world politics science health technology culture travel \
        home contact subscribe advertise privacy terms menu search login log register \
        floods flood heavy wildfires wildfire drought storms storm rain snow heat earthquake earthquakes \
        rescue rescuers cocoa coffee oil gold copper wheat rice fuel gas power water food
        """

    static let titles = """
        president minister chancellor ceo cfo coo cto premier governor senator sen rep representative mayor \
        king queen prince princess pope emperor empress sheikh emir sultan judge justice general gen \
        admiral adm colonel col captain capt lieutenant lt sergeant sgt commissioner secretary \
        secretary-general ambassador chairman chairwoman chairperson chair director coach manager professor \
        taoiseach director-general prof dr mr mrs ms mx sir dame lord lady rev \
        reverend father bishop archbishop cardinal speaker \
        spokesman spokeswoman spokesperson inspector detective officer executive founder co-founder \
        president-elect chancellor-elect treasurer envoy superintendent supt commander cmdr major maj \
        marshal chief rabbi imam ayatollah patriarch dean provost rector principal counsel attorney \
        economist analyst researcher striker midfielder defender goalkeeper forward winger skipper \
        messrs hon sheikha crown-prince
        """

    static let titleModifiers = """
        prime vice deputy foreign finance defence defense trade interior health economy economic industry \
        education energy environment home chief executive acting first crown grand supreme state assistant \
        associate senior junior head national security transport agriculture labour labor culture science \
        unification commerce treasury attorney surgeon managing finance chief operating financial \
        technology digital justice development housing immigration climate sports tourism fisheries \
        welfare information communications planning strategy budget cabinet party opposition majority \
        minority house senate general union european regional provincial city county district \
        special lead former
        """

    static let orgSuffixes = """
        inc corp corporation co company ltd llc plc ag sa gmbh nv bv spa group holdings ministry bank \
        university party institute council agency fund association federation commission committee \
        foundation parliament assembly department office union club fc rovers united times post daily \
        news review courier journal herald press telegraph tribune gazette chronicle observer guardian \
        service services authority board network systems technologies technology labs laboratories \
        pharmaceuticals pharma electronics capital partners securities exchange museum school college \
        academy hospital center centre organization organisation forces army navy police reserve senate \
        congress cabinet administration alliance front movement league society trust studios records \
        motors airlines airways energy semiconductor semiconductors chemicals steel telecom industries \
        entertainment media broadcasting insurance investments bureau court tribunal church mission \
        institution observatory hall theatre theater orchestra brigade corps command guard secretariat \
        directorate inspectorate regulator regulators commerce chamber cooperative co-op bancorp \
        financial motor automotive logistics shipping aerospace dynamics robotics therapeutics \
        biotech biosciences foods beverages brewery brands stores retail mining resources oil gas \
        petroleum railways railway rail transit metro refinery
        """

    static let eventSuffixes = """
        olympics championship championships cup festival summit forum conference games awards prize \
        open marathon grand-prix prix expo fair war accords accord treaty act policy initiative day \
        telescope mission probe rover satellite award medal trophy
        """

    static let placeSuffixes = """
        city province county island islands river mountains mountain lake sea ocean bay strait straits \
        valley peninsula street avenue square road boulevard airport station region district prefecture \
        gulf coast desert canal park bridge harbour harbor port heights hills peak plateau basin delta \
        archipelago state territory oblast krai municipality borough village town stadium arena \
        palace cathedral temple mosque shrine
        """

    static let ofHeads = """
        bank university ministry institute department republic kingdom council office bureau court board \
        federation association union academy school college museum centre center commission committee \
        fund organization organisation agency gulf sea isle cape bay strait straits port city state states \
        church chamber society party front movement league conference house \
        people's federal islamic democratic united united emirates tribunal society palace statue tower \
        cathedral festival treaty duchy province prefecture region sultanate emirate commonwealth \
        hospital foundation trust reserve corporation authority institutes chiefs secretary
        """

    static let speechVerbs = """
        said says say told tells added adds asked asks wrote writes explained explains insisted insists \
        warned warns noted notes argued argues stressed stresses continued continues recalled recalls \
        replied replies declared declares announced announces acknowledged acknowledges admitted admits \
        claimed claims conceded concedes confirmed confirms countered counters cautioned cautions \
        emphasised emphasized observed observes remarked remarks suggested suggests urged urges \
        predicted predicts promised promises vowed vows tweeted posted estimated estimates spoke speaks \
        responded responds
        """

    static let notNames = """
        ceo cfo coo cto gdp ai tv ev evs pc ok am pm usd eur cpi ipo ipos id dna rna hiv aids covid ii iii \
        iv vi vii viii ix xii faq pdf url ceos mp mps mep meps vat gmt utc bbq diy asap rsvp lol sos vip \
        pr hr it qa r&d m&a hq cd dvd usb gps atm km kg mph cm mm ft lb oz rd pct yoy qoq bps ph pre \
        ap afp upi a b c d e f g h i j k l m n o p q r s t u v w x y z
        """
}
